using Microsoft.Data.Sqlite;
using NetworkGraph.App;
using NetworkGraph.App.Neo4j;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Commands.Neo4j;

/// The push sums interactions from the store's posts and mentions: these tests run it on a freshly migrated store.
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
    public async Task Orders_interactions_by_type_then_ids_and_leaves_out_accounts_the_store_lacks()
    {
        await using (var connection = new SqliteConnection($"Data Source={_store.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // A quote of h-3 by 1001, a retweet of 1002 by h-3 (h-3 sorts after 1002), and a retweet and a mention of
            // account key 777, which the accounts table lacks.
            command.CommandText = """
                INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text) VALUES
                    (9005, 1001, 1694511240, 2, 9004, -1, NULL, 'quote'),
                    (9006, -1, 1694511300, 1, 9003, 1002, NULL, 'original'),
                    (9007, 1001, 1694511360, 1, NULL, 777, NULL, 'gone'),
                    (9008, 1001, 1694511420, 0, NULL, NULL, NULL, 'hi @gone');
                INSERT INTO post_mentions (post_key, account_key) VALUES (9008, 777);
                """;
            await command.ExecuteNonQueryAsync();
        }

        var edges = await new Neo4jPushSource(_store).ReadInteractionsAsync(CancellationToken.None);
        Assert.Equal(
        [
            (InteractionType.Retweeted, "1002", "1001"), (InteractionType.Retweeted, "h-3", "1002"), (InteractionType.Quoted, "1001", "h-3"),
            (InteractionType.RepliedTo, "h-3", "1001"), (InteractionType.Mentioned, "h-3", "1001"),
        ], edges.Select(e => (e.Type, e.SourceId, e.TargetId)));
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
