using NetworkGraph.Cli.Commands.Neo4j;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Commands.Neo4j;

/// The push aggregates interactions with its own SQL: these tests run it on a freshly migrated store.
public sealed class Neo4jPushSourceTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "ng-neo4j-source-" + Guid.NewGuid().ToString("N") + ".db");
    private SqliteStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = SqliteStore.Open(_path);
        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        // Times are UNIX seconds: 1694511000 = 2023-09-12T09:30:00Z. Kinds: 0 original, 1 retweet, 2 quote, 3 reply.
        command.CommandText = """
            INSERT INTO accounts (account_key, account_id, handle, display_name, location, bio, language, created_at, followers, following, profiled)
            VALUES (1001, '1001', 'alpha', 'Alpha', 'Baku', 'bio', 'az', 1614592800, 120, 40, 1),
                   (1002, '1002', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0),
                   (-1, 'h-3', 'gamma', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
            INSERT INTO account_observed (account_key, observed_at) VALUES (1001, 1704441600);
            INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text) VALUES
                (9001, 1001, 1694511000, 0, NULL, NULL, 'az', 'original'),
                (9002, 1002, 1694511060, 1, 9001, 1001, NULL, 'original'),
                (9003, 1002, 1694511120, 1, 9001, 1001, NULL, 'original'),
                (9004, -1, 1694511180, 3, 9001, 1001, 'en', 'reply to @alpha');
            INSERT INTO hashtags (hashtag_key, tag) VALUES (1, 'BIG');
            INSERT INTO post_hashtags (post_key, hashtag_key) VALUES (9001, 1);
            INSERT INTO urls (url_key, url, domain) VALUES (1, 'https://example.org/a', 'example.org');
            INSERT INTO post_urls (post_key, url_key) VALUES (9001, 1);
            INSERT INTO post_mentions (post_key, account_key) VALUES (9004, 1001), (9002, 1002);
            """;
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

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
        var error = await Assert.ThrowsAsync<UsageException>(() => new Neo4jPushSource(_store).LoadAsync("latest", false, CancellationToken.None));
        Assert.Contains("no snapshot yet", error.Message);
        error = await Assert.ThrowsAsync<UsageException>(() => new Neo4jPushSource(_store).LoadAsync("v9-x", false, CancellationToken.None));
        Assert.Contains("no snapshot 'v9-x'", error.Message);
    }

    [Fact]
    public void Pushes_the_coordination_layer_the_snapshot_detected_on()
    {
        var snapshot = new NetworkGraph.Core.Snapshots.Snapshot("v1", 1, DateTimeOffset.UnixEpoch,
            new Dictionary<string, string> { ["detection_window"] = "60s" }, "f", "big", []);
        Assert.Equal(TimeSpan.FromSeconds(60), Neo4jPushSource.Window(snapshot));
        Assert.Null(Neo4jPushSource.Window(snapshot with { Parameters = new Dictionary<string, string>() }));
    }
}
