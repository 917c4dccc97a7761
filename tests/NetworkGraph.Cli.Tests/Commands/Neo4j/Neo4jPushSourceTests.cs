using NetworkGraph.App;
using NetworkGraph.App.Neo4j;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Commands.Neo4j;

/// The push aggregates interactions with its own SQL: these tests run it on a freshly migrated store.
public sealed class Neo4jPushSourceTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "ng-neo4j-source-" + Guid.NewGuid().ToString("N") + ".db");
    private SqliteStore _store = null!;

    public async Task InitializeAsync() => _store = await SmallStore.CreateAsync(_path);

    public async Task DisposeAsync() => await SmallStore.DeleteAsync(_store, _path);

    [Fact]
    public async Task Aggregates_interactions_and_leaves_out_the_mentions_retweets_copy()
    {
        var t = DateTimeOffset.FromUnixTimeSeconds(1694511000);
        var edges = await new Neo4jPushSource(_store).ReadInteractionsAsync(CancellationToken.None);
        Assert.Equal(
        [
            new InteractionRelationship(InteractionType.Retweeted, "1002", "1001", 2, t.AddSeconds(60), t.AddSeconds(120)),
            new InteractionRelationship(InteractionType.RepliedTo, "h-3", "1001", 1, t.AddSeconds(180), t.AddSeconds(180)),
            new InteractionRelationship(InteractionType.Mentioned, "h-3", "1001", 1, t.AddSeconds(180), t.AddSeconds(180)),
        ], edges);
    }

    [Fact]
    public async Task Says_so_when_the_store_holds_no_snapshot()
    {
        var error = await Assert.ThrowsAsync<UsageException>(() => new Neo4jPushSource(_store).LoadAsync(SnapshotSelector.Latest, false, CancellationToken.None));
        Assert.Contains("no snapshot yet", error.Message);
        error = await Assert.ThrowsAsync<UsageException>(() => new Neo4jPushSource(_store).LoadAsync(SnapshotSelector.Parse("v9-x"), false, CancellationToken.None));
        Assert.Contains("no snapshot 'v9-x'", error.Message);
    }
}
