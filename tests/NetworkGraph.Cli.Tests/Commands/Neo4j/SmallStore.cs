using Microsoft.Data.Sqlite;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Commands.Neo4j;

/// A freshly migrated store with three accounts, four posts and what they carry, written with plain SQL.
internal static class SmallStore
{
    public static async Task<SqliteStore> CreateAsync(string path)
    {
        var store = SqliteStore.Open(path);
        await using var connection = new SqliteConnection($"Data Source={store.Path};Pooling=False");
        await connection.OpenAsync();
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
        return store;
    }

    public static async Task DeleteAsync(SqliteStore store, string path)
    {
        await store.DisposeAsync();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
