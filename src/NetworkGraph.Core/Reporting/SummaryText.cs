namespace NetworkGraph.Core.Reporting;

/// <summary>Sentences both report formats share.</summary>
internal static class SummaryText
{
    /// <summary>The summary sentence; <paramref name="id"/> formats cluster ids (escaping them for Markdown), the rest is our own wording.</summary>
    public static string Lead(ReportData data, Func<string, string>? id = null)
    {
        id ??= s => s;
        var t = data.Totals;
        if (t.Clusters == 0)
        {
            return "The snapshot holds no cluster: nothing was found to report.";
        }

        if (t.FlaggedClusters == 0)
        {
            return $"None of the {t.Clusters} clusters reached the flagging threshold."
                + (data.Details.Count > 0 ? " The best-scored cluster is detailed below for comparison." : string.Empty);
        }

        var flagged = data.Clusters.Where(v => v.Cluster.Flagged)
            .Select(v => $"{id(v.Cluster.Id)} ({ReportFormat.Int(v.Cluster.Size)} accounts, score {ReportFormat.Fixed(v.Cluster.Score)})");
        var noun = t.FlaggedClusters == 1 ? "cluster is" : "clusters are";
        return $"{t.FlaggedClusters} of {t.Clusters} {noun} flagged as likely coordinated amplification networks, "
            + $"{ReportFormat.Int(t.FlaggedAccounts)} accounts in all: {string.Join("; ", flagged)}.";
    }

    /// <summary>What the clustered accounts made, with their fraction of the collection when its size is known: "251,119 (76.8% of the collection)".</summary>
    public static string Clustered(CollectionCount count) =>
        count.ClusteredFraction is { } fraction
            ? $"{ReportFormat.Int(count.Clustered)} ({ReportFormat.Percent(fraction)} of the collection)"
            : ReportFormat.Int(count.Clustered);

    public static string[] HourLabels { get; } = Enumerable.Range(0, 24).Select(h => h.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static string[] WeekdayLabels { get; } = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
}
