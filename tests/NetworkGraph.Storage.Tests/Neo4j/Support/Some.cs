using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;

namespace NetworkGraph.Storage.Tests.Neo4j.Support;

/// Small, fixed test data for the Neo4j store: two accounts, their edges, and a snapshot with one flagged cluster.
internal static class Some
{
    public static readonly DateTimeOffset Created = new(2021, 3, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Observed = new(2024, 1, 5, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset First = new(2023, 9, 12, 9, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Last = new(2023, 9, 14, 18, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SnapshotTime = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<Account> Accounts { get; } =
    [
        new("1001", "alpha", "Alpha", null, "bio a", "az", Created, 120, 40, Observed),
        new("1002", "beta", null, "Baku", null, null, null, null, null, null),
    ];

    public static InteractionRelationship Retweet { get; } = new(InteractionType.Retweeted, "1002", "1001", 3, First, Last);

    // Given from the larger id to the smaller: the store must turn it around.
    public static CoordinationRelationship CoTweet { get; } =
        new(CoordinationType.Tweet, "1002", "1001", 4.0, 2.0, 11.5, 40.0, First, Last, ["9001", "9002"], Pairs: 6);

    public static Neo4jPushContent Content(Snapshot? snapshot = null, string? previousId = null) => new()
    {
        Snapshot = snapshot ?? Snapshot(),
        PreviousSnapshotId = previousId,
        Accounts = PushRows<Account>.From(Accounts),
        Interactions = PushRows<InteractionRelationship>.From([Retweet]),
        Coordination = PushRows<CoordinationRelationship>.From([CoTweet]),
    };

    public static Snapshot Snapshot(string id = "v1-abc", int version = 1, ClusterLineage? lineage = null) => new(
        id,
        version,
        SnapshotTime,
        new Dictionary<string, string> { ["algorithm"] = "leiden", ["window"] = "60" },
        "9f86d081",
        "default",
        [new SnapshotCluster("C1-1", Report(["1001", "1002"]), lineage ?? ClusterLineage.New)]);

    public static ClusterReport Report(IReadOnlyList<string> members) => new(
        1,
        0,
        members,
        new ClusterMetrics(members.Count, 10, 1, 1.0, 4.0, 0.0, 0.0, new Dictionary<string, double> { ["co_tweet"] = 1.0 },
            11.5, 1.0, 1.0, 8, 0.8, 6, 0.6),
        new ClusterObjects([], [], [], [], [], []),
        new ProfileSignals([], [], [], 0, [], [], [], 0, new ActivityRhythm("UTC", new int[24], new int[7], 0.5),
            new HolidaySilence([], 0, 0)),
        [new Campaign(1, new DateOnly(2023, 9, 12), new DateOnly(2023, 9, 14), 10, 2, 7, [], [])],
        new ClusterScore(0.8, true, 0.5, 0.6, 0.2,
        [
            new SignalContribution("copy_paste", "coordination", 0.8, 0.5, 0.4, "80% of posts were copy-pasted"),
            new SignalContribution("location", "profile", 0.0, 0.2, 0.0, "No shared location"),
            new SignalContribution("speed", "coordination", 1.0, 0.2, 0.2, "Copies within 12 s"),
        ], "Flagged: copy-paste within seconds"),
        "Two accounts posted the same texts within seconds.");
}
