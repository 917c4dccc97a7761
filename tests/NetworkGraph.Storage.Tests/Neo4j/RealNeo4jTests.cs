using NetworkGraph.Bolt;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Neo4j;
using NetworkGraph.Storage.Neo4j.Communities;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Neo4j.Read;
using NetworkGraph.Storage.Tests.Neo4j.Support;

namespace NetworkGraph.Storage.Tests.Neo4j;

/// Runs the store against a real server (NEO4J_URI). Everything it writes carries a unique "it-" id prefix and is
/// deleted afterwards; the palette and community steps touch labels and ngCommunity store-wide, so use a scratch database.
public sealed class RealNeo4jTests : IAsyncLifetime
{
    private readonly string _prefix = "it-" + Guid.NewGuid().ToString("N")[..8] + "-";
    private BoltDriver _driver = null!;

    public Task InitializeAsync()
    {
        var user = Environment.GetEnvironmentVariable("NEO4J_USERNAME");
        _driver = BoltDriver.Create(new BoltOptions
        {
            Uri = Environment.GetEnvironmentVariable("NEO4J_URI") ?? "bolt://localhost:7687",
            Auth = string.IsNullOrEmpty(user) ? BoltAuth.None : BoltAuth.Basic(user, Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? ""),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : null,
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            await using var session = _driver.OpenSession();
            await session.RunAndConsumeAsync(
                "MATCH (n) WHERE n.id STARTS WITH $prefix OR n.snapshotId STARTS WITH $prefix OR n.key STARTS WITH $prefix DETACH DELETE n",
                new Dictionary<string, object?> { ["prefix"] = _prefix });
        }

        await _driver.DisposeAsync();
    }

    [Neo4jFact]
    public async Task Pushing_again_leaves_the_graph_exactly_as_it_was_and_a_forced_push_too()
    {
        var pusher = new Neo4jPusher(_driver);
        var content = Content();
        var first = await pusher.PushAsync(content);
        var before = await DumpAsync();

        var again = await pusher.PushAsync(content);
        Assert.Equal(0, again.BatchesSent);
        Assert.Equal(before, await DumpAsync());

        var forced = await pusher.PushAsync(content, new Neo4jPushOptions { Force = true });
        Assert.Equal(first.BatchesSent, forced.BatchesSent);
        Assert.Equal(0, forced.Phases.Sum(p => p.NodesCreated + p.RelationshipsCreated));
        Assert.Equal(before, await DumpAsync());
        Assert.Contains("(:Account:Hue0", before);
    }

    [Neo4jFact]
    public async Task Every_analyst_query_runs_on_a_pushed_snapshot_and_finds_it()
    {
        await new Neo4jPusher(_driver).PushAsync(Content());
        var snapshot = _prefix + "v1";
        var parameters = new Dictionary<string, object?>
        {
            ["snapshotId"] = snapshot, ["clusterId"] = snapshot + "/C1-1", ["a"] = _prefix + "1001", ["b"] = _prefix + "1002",
            ["limit"] = 50L, ["top"] = 5L, ["maxEdges"] = 100L, ["bucket"] = "day", ["minClusters"] = 1L,
        };
        await using var session = _driver.OpenSession();
        foreach (var name in CypherCatalog.Embedded.Names.Where(n => n.StartsWith("analyst/", StringComparison.Ordinal)))
        {
            var rows = new List<BoltRecord>();
            await foreach (var record in session.RunAsync(CypherCatalog.Embedded.Query(name), parameters))
            {
                rows.Add(record);
            }

            Assert.True(rows.Count > 0 || name == "analyst/snapshot-diff", $"{name} found nothing");
        }
    }

    [Neo4jFact]
    public async Task Pull_and_communities_find_the_pushed_pair()
    {
        await new Neo4jPusher(_driver).PushAsync(Content());
        var graph = await new Neo4jReader(_driver).PullCoordinationAsync([CoordinationType.Tweet]);
        var a = graph.AccountIds.ToList().IndexOf(_prefix + "1001");
        var b = graph.AccountIds.ToList().IndexOf(_prefix + "1002");
        Assert.Contains(Enumerable.Range(0, graph.EdgeCount), i => graph.Sources[i] == Math.Min(a, b) && graph.Targets[i] == Math.Max(a, b));

        var run = await new Neo4jCommunities(_driver).RunAsync(new CommunityRunOptions { Types = [CoordinationType.Tweet] });
        var ours = run.Assignments.Where(x => x.AccountId.StartsWith(_prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ours.Count);
        Assert.Equal(ours[0].Community, ours[1].Community);
    }

    private Neo4jPushContent Content()
    {
        string Id(string id) => _prefix + id;
        var snapshot = Some.Snapshot(Id("v1")) with { CreatedAt = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        snapshot = snapshot with
        {
            Clusters = [snapshot.Clusters[0] with { Report = Some.Report([Id("1001"), Id("1002")]) }],
        };
        return new Neo4jPushContent
        {
            Snapshot = snapshot,
            Accounts = PushRows<Account>.From(Some.Accounts.Select(x => x with { Id = Id(x.Id) }).ToList()),
            Interactions = PushRows<InteractionRelationship>.From([Some.Retweet with { SourceId = Id("1002"), TargetId = Id("1001") }]),
            Coordination = PushRows<CoordinationRelationship>.From([Some.CoTweet with { SourceId = Id("1002"), TargetId = Id("1001") }]),
            Posts = PushRows<Post>.From([new Post(Id("9001"), Id("1001"), Some.First, "same text", "az", PostKind.Original, null, null, [], [], [])]),
        };
    }

    // Every node and relationship the test wrote, with labels and properties, in a canonical text form.
    private async Task<string> DumpAsync()
    {
        await using var session = _driver.OpenSession();
        var lines = new List<string>();
        var parameters = new Dictionary<string, object?> { ["prefix"] = _prefix };
        await foreach (var r in session.RunAsync(
            "MATCH (n) WHERE n.id STARTS WITH $prefix OR n.key STARTS WITH $prefix " +
            "OPTIONAL MATCH (n)-[rel]->(m) " +
            "RETURN n, labels(n) AS labels, type(rel) AS type, properties(rel) AS props, m.id AS target", parameters))
        {
            var node = (NetworkGraph.Bolt.Values.BoltNode)r["n"]!;
            lines.Add($"(:{string.Join(":", ((IEnumerable<object?>)r["labels"]!).Cast<string>().Order(StringComparer.Ordinal))} " +
                $"{BoltValue.Format(new SortedDictionary<string, object?>(node.Properties.ToDictionary(), StringComparer.Ordinal))})" +
                $"-[{r["type"]} {BoltValue.Format(r["props"] is IReadOnlyDictionary<string, object?> p ? new SortedDictionary<string, object?>(p.ToDictionary(), StringComparer.Ordinal) : null)}]->({r["target"]})");
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }
}
