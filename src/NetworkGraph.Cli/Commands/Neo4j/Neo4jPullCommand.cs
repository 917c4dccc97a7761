using NetworkGraph.App;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.IO;
using NetworkGraph.Bolt;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Storage.Neo4j.Read;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary><c>networkgraph neo4j pull</c>: reads the coordination graph back from Neo4j as an edge list for the
/// in-process detection, and optionally runs Leiden on it.</summary>
internal sealed class Neo4jPullCommand(TimeProvider time, ILoggerFactory loggers, IOptions<NetworkGraphOptions> options)
    : AsyncCommand<Neo4jPullSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Neo4jPullSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        PulledGraph graph;
        try
        {
            await using var driver = new Neo4jDriverFactory(time, loggers).Create(settings);
            graph = await new Neo4jReader(driver).PullCoordinationAsync(
                Neo4jPullSettings.ParseTypes(settings.Types), settings.MinWeight, cancellationToken);
        }
        catch (BoltException ex)
        {
            return Neo4jDriverFactory.Fail(ex);
        }

        var edges = new EdgeList(graph.Sources, graph.Targets, graph.Weights, graph.AccountIds.Count);
        await EdgeListWriter.WriteAsync(settings.Out!, edges, cancellationToken);
        await File.WriteAllLinesAsync(settings.Out + ".ids",
            graph.AccountIds.Select((id, dense) => string.Create(CultureInfo.InvariantCulture, $"{dense} {id}")),
            new UTF8Encoding(false), cancellationToken);
        AnsiConsole.MarkupLineInterpolated(
            $"Pulled [green]{graph.EdgeCount}[/] account pairs ({graph.RelationshipsRead} relationships) over {graph.AccountIds.Count} accounts; wrote {settings.Out} and {settings.Out}.ids");

        if (settings.Communities is { } membershipPath && edges.Count > 0)
        {
            var partition = CommunityDetector.Detect(
                CsrGraph.FromEdgeList(edges, options.Value.Threads),
                new CommunityOptions { Seed = settings.Seed ?? options.Value.Seed, Threads = options.Value.Threads },
                cancellationToken);
            await File.WriteAllLinesAsync(membershipPath,
                graph.AccountIds.Select((id, dense) => string.Create(CultureInfo.InvariantCulture, $"{id} {partition.Membership[dense]}")),
                new UTF8Encoding(false), cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"Leiden in process: [green]{partition.CommunityCount}[/] communities, modularity {partition.Modularity:F4}; wrote {membershipPath}");
        }

        return ExitCodes.Success;
    }
}
