using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Storage.Tests.Snapshots;

/// <summary>Hand-built snapshots for the repository tests.</summary>
internal static class SnapshotSamples
{
    public static readonly DateTimeOffset Noon = new(2024, 3, 1, 12, 0, 0, 123, TimeSpan.Zero);

    public static ClusterReport Report(int community, double score, bool flagged, params string[] members)
    {
        var metrics = new ClusterMetrics(members.Length, 40, 3, 0.5, 12, 2, 0.1, new Dictionary<string, double> { ["co_tweet"] = 1 }, 8.5, 1, 1, 30, 0.75, 20, 0.5);
        var objects = new ClusterObjects([new ObjectCount("text", "Text", 30)], [new ObjectCount("big", "#BIG", 12)], [], [], [], []);
        var profile = new ProfileSignals(
            [new ShareCount("az", "Azeri", members.Length, 1)],
            [],
            [],
            1,
            [new ProfileMatch("AZ", "an Azerbaijani location", 1, 0.5, [new ObjectCount("Bakı", "Bakı", 1)], [members[0]])],
            [],
            [new DateBurst(new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 2), 2)],
            1,
            new ActivityRhythm("UTC+04:00", Enumerable.Range(0, 24).ToArray(), [1, 2, 3, 4, 5, 6, 7], 0.4),
            new HolidaySilence([new HolidayActivity(new DateOnly(2023, 11, 8), "Victory Day", 0, 12, true)], 1, 1));
        var campaigns = new[] { new Campaign(1, new DateOnly(2023, 9, 10), new DateOnly(2023, 9, 12), 30, members.Length, 12, [], [new ObjectCount("big", "#BIG", 12)]) };
        var signals = new[] { new SignalContribution(SignalNames.CopyPaste, "coordination", 0.75, 0.25, 0.1875, "75% of its posts were copy-pasted.") };
        var s = new ClusterScore(score, flagged, 0.45, score, 0, signals, flagged ? "Flagged." : "Not flagged.");
        return new ClusterReport(0, community, members.Order(StringComparer.Ordinal).ToArray(), metrics, objects, profile, campaigns, s, "network: text");
    }

    public static Snapshot Snapshot(int version, DateTimeOffset createdAt, params (string Id, ClusterReport Report)[] clusters) => new(
        $"v{version}-test",
        version,
        createdAt,
        new Dictionary<string, string> { ["algorithm"] = "leiden", ["seed"] = "42" },
        new string('a', 64),
        "big",
        clusters.Select((c, i) => new SnapshotCluster(
            c.Id,
            c.Report with { Rank = i + 1 },
            i == 0 ? ClusterLineage.New : new ClusterLineage(LineageKind.Grown, [new LineageLink("C1-1", 2, 0.5, 1)]))).ToArray());
}
