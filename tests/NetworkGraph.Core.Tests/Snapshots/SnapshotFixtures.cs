using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Tests.Snapshots;

/// <summary>Hand-built analyses and a fixed clock for snapshot tests.</summary>
internal static class SnapshotFixtures
{
    public static string[] Members(string prefix, int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => $"{prefix}{i}").ToArray();

    public static ClusterReport Report(int community, double score, bool flagged, IEnumerable<string> members, IReadOnlyList<Campaign>? campaigns = null)
    {
        var ids = members.Order(StringComparer.Ordinal).ToArray();
        var metrics = new ClusterMetrics(ids.Length, 0, 0, 0, 0, 0, 0, new Dictionary<string, double>(), null, 0, 0, 0, 0, 0, 0);
        var objects = new ClusterObjects([], [], [], [], [], []);
        var profile = new ProfileSignals([], [], [], 0, [], [], [], 0, new ActivityRhythm("UTC", new int[24], new int[7], 0), new HolidaySilence([], 0, 0));
        var s = new ClusterScore(score, flagged, 0.45, score, 0, [], flagged ? "Flagged" : "Not flagged");
        return new ClusterReport(0, community, ids, metrics, objects, profile, campaigns ?? [], s, $"community {community}");
    }

    /// <summary>An analysis whose clusters are ranked in the given order.</summary>
    public static ClusterAnalysis Analysis(params ClusterReport[] reports) =>
        new("test", reports.Select((r, i) => r with { Rank = i + 1 }).ToArray(), 0);

    public static Snapshot Build(ClusterAnalysis analysis, Snapshot? previous, DateTimeOffset? at = null) =>
        new SnapshotBuilder(new FakeClock(at ?? new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero)))
            .Build(analysis, "fingerprint", new Dictionary<string, string> { ["algorithm"] = "leiden" }, previous);
}
