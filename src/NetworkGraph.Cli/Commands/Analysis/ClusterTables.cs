using System.Globalization;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Snapshots;
using Spectre.Console;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary>Console tables shared by the analysis commands and the demo.</summary>
internal static class ClusterTables
{
    public static void WriteLayers(IEnumerable<LayerCount> layers)
    {
        var table = new Table().Title("Coordination graphs").AddColumns("kind", "window", "edges", "candidate pairs");
        foreach (var layer in layers)
        {
            table.AddRow(
                ShareKindNames.CliName(layer.Kind),
                Durations.Format(layer.Window),
                layer.Edges.ToString("N0", CultureInfo.InvariantCulture),
                layer.CandidatePairs.ToString("N0", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }

    public static void WriteGraphSummary(AnalysisOutcome outcome)
    {
        WriteLayers(outcome.Layers);
        var communities = Communities(outcome.Partition.CommunityCount, outcome.Partition.Modularity, outcome.Snapshot.Clusters.Count, outcome.MinClusterSize);
        AnsiConsole.MarkupLineInterpolated(
            $"Communities: {communities}; snapshot [bold]{outcome.Snapshot.Id}[/] (v{outcome.Snapshot.Version}{(outcome.IsNew ? "" : ", unchanged input: no new version")}).");
    }

    /// <summary>How many communities were found and how many became clusters (the others are below the minimum size),
    /// or that there were no coordination edges to partition (modularity is undefined then, not a number to print).</summary>
    public static string Communities(int communities, double modularity, int clusters, int minClusterSize)
    {
        if (communities == 0 || double.IsNaN(modularity))
        {
            return "none, no coordination edges";
        }

        var c = CultureInfo.InvariantCulture;
        var dropped = communities - clusters;
        return string.Create(c, $"{communities:N0} (modularity {modularity:F4}), {clusters:N0} of at least {minClusterSize:N0} accounts kept as clusters")
            + (dropped > 0 ? string.Create(c, $", {dropped:N0} smaller dropped") : "");
    }

    public static void WriteTopClusters(Snapshot snapshot, int count)
    {
        var top = snapshot.Clusters.Take(count).ToArray();
        var multiPlatform = top.Any(c => AccountPlatforms.Mix(c.Members).Count > 0);
        var table = new Table().Title($"Top clusters of snapshot {Markup.Escape(snapshot.Id)}")
            .AddColumns("#", "cluster", "accounts", "score", "flagged", "lineage", "campaigns");
        if (multiPlatform)
        {
            table.AddColumn("platforms");
        }

        foreach (var cluster in top)
        {
            string[] cells =
            [
                cluster.Report.Rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(cluster.Id),
                cluster.Size.ToString("N0", CultureInfo.InvariantCulture),
                cluster.Score.ToString("F2", CultureInfo.InvariantCulture),
                cluster.Flagged ? "[red bold]yes[/]" : "no",
                cluster.Lineage.Kind.ToString().ToLowerInvariant(),
                cluster.Report.Campaigns.Count.ToString(CultureInfo.InvariantCulture),
            ];
            table.AddRow(multiPlatform ? [.. cells, Markup.Escape(AccountPlatforms.Describe(cluster.Members))] : cells);
        }

        AnsiConsole.Write(table);
        foreach (var cluster in top)
        {
            var colour = cluster.Flagged ? "red" : "grey";
            AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(cluster.Id)}[/] {Markup.Escape(cluster.Report.Narrative)}");
            AnsiConsole.WriteLine();
        }

        var flagged = snapshot.Clusters.Where(c => c.Flagged).ToArray();
        AnsiConsole.MarkupLineInterpolated(
            $"[bold]{flagged.Length}[/] amplification network(s) flagged, [bold]{flagged.Sum(c => c.Size):N0}[/] accounts, out of {snapshot.Clusters.Count:N0} clusters.");
    }
}
