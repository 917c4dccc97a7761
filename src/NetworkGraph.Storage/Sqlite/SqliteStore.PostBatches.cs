using System.Runtime.CompilerServices;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The analysis' reads: posts as column chunks for the share table, and the posts and accounts of chosen
/// accounts for the cluster stage, so that no read holds the whole collection as objects.</summary>
public sealed partial class SqliteStore
{
    private const string MentionsOf = """
        (SELECT json_group_array(ma.account_id) FROM post_mentions m
           JOIN accounts ma ON ma.account_key = m.account_key WHERE m.post_key = p.post_key)
        """;

    private const string HashtagsOf = """
        (SELECT json_group_array(h.tag) FROM post_hashtags ph
           JOIN hashtags h ON h.hashtag_key = ph.hashtag_key WHERE ph.post_key = p.post_key)
        """;

    private const string UrlsOf = """
        (SELECT json_group_array(u.url) FROM post_urls pu
           JOIN urls u ON u.url_key = pu.url_key WHERE pu.post_key = p.post_key)
        """;

    /// <summary>How many posts there are (at or after <paramref name="sinceUnixSeconds"/> when given).</summary>
    public async Task<long> CountPostsAsync(long? sinceUnixSeconds, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM posts p WHERE p.time >= $since";
        command.Parameters.AddWithValue("$since", sinceUnixSeconds ?? long.MinValue);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Posts (at or after <paramref name="sinceUnixSeconds"/> when given) in column chunks of up to
    /// <paramref name="chunkSize"/>, ordered by time then key as <see cref="ReadPostsAsync"/>, with only the columns
    /// <paramref name="columns"/> asks for; each chunk has fresh arrays.</summary>
    public async IAsyncEnumerable<PostBatch> ReadPostBatchesAsync(
        PostBatchColumns columns,
        long? sinceUnixSeconds = null,
        int chunkSize = 16_384,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var accountIds = await ReadAccountIdsAsync(cancellationToken);
        await using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.post_key, pi.post_id, p.author_key, p.time, p.kind, p.ref_post_key, ri.post_id, p.ref_author_key,
                   {(columns.HasFlag(PostBatchColumns.Text) ? "p.text" : "NULL")},
                   {(columns.HasFlag(PostBatchColumns.Hashtags) ? HashtagsOf : "NULL")},
                   {(columns.HasFlag(PostBatchColumns.Urls) ? UrlsOf : "NULL")},
                   {(columns.HasFlag(PostBatchColumns.Mentions) ? MentionsOf : "NULL")}
            FROM posts p
            LEFT JOIN post_ids pi ON pi.post_key = p.post_key
            LEFT JOIN post_ids ri ON ri.post_key = p.ref_post_key
            WHERE p.time >= $since
            ORDER BY p.time, p.post_key
            """;
        command.Parameters.AddWithValue("$since", sinceUnixSeconds ?? long.MinValue);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var batch = new PostBatch(chunkSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            var i = batch.Count++;
            var key = reader.GetInt64(0);
            batch.Keys[i] = key;
            batch.Ids[i] = reader.IsDBNull(1) ? (key < 0 ? key.ToString(System.Globalization.CultureInfo.InvariantCulture) : null) : reader.GetString(1);
            batch.AuthorIds[i] = accountIds[reader.GetInt64(2)];
            batch.UnixSeconds[i] = reader.GetInt64(3);
            batch.Kinds[i] = (PostKind)reader.GetInt64(4);
            batch.ReferencedIds[i] = reader.IsDBNull(5)
                ? null
                : reader.IsDBNull(6) ? reader.GetInt64(5).ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetString(6);
            batch.ReferencedAuthorIds[i] = reader.IsDBNull(7) ? null : accountIds.GetValueOrDefault(reader.GetInt64(7));
            batch.Texts[i] = reader.IsDBNull(8) ? null : reader.GetString(8);
            batch.Hashtags[i] = JsonListOrNull(reader, 9);
            batch.Urls[i] = JsonListOrNull(reader, 10);
            batch.Mentions[i] = JsonListOrNull(reader, 11);
            if (batch.Count == chunkSize)
            {
                yield return batch;
                batch = new PostBatch(chunkSize);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The posts of the accounts <paramref name="accountIds"/> (at or after <paramref name="sinceUnixSeconds"/>
    /// when given), as <see cref="ReadPostsAsync"/> gives them and in its order.</summary>
    public async IAsyncEnumerable<Post> ReadPostsOfAccountsAsync(
        IReadOnlyCollection<string> accountIds,
        long? sinceUnixSeconds = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        await using var command = _connection.CreateCommand();
        command.CommandText = $"""
            {PostColumnsSelect}
            WHERE p.time >= $since
              AND p.author_key IN (SELECT account_key FROM accounts WHERE account_id IN (SELECT value FROM json_each($ids)))
            ORDER BY p.time, p.post_key
            """;
        command.Parameters.AddWithValue("$since", sinceUnixSeconds ?? long.MinValue);
        command.Parameters.AddWithValue("$ids", Newtonsoft.Json.JsonConvert.SerializeObject(accountIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadPost(reader);
        }
    }

    /// <summary>The accounts <paramref name="accountIds"/> as <see cref="ReadAccountsAsync"/> gives them, by key.</summary>
    public IAsyncEnumerable<Account> ReadAccountsByIdAsync(IReadOnlyCollection<string> accountIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        return ReadAccountsWhereAsync(
            "WHERE a.account_id IN (SELECT value FROM json_each($ids))",
            Newtonsoft.Json.JsonConvert.SerializeObject(accountIds),
            cancellationToken);
    }

    private static string[]? JsonListOrNull(Microsoft.Data.Sqlite.SqliteDataReader reader, int column)
    {
        if (reader.IsDBNull(column))
        {
            return null;
        }

        var json = reader.GetString(column);
        return json == "[]" ? null : JsonList(json);
    }
}

/// <summary>Which optional columns <see cref="SqliteStore.ReadPostBatchesAsync"/> reads.</summary>
[Flags]
public enum PostBatchColumns
{
    /// <summary>Ids, authors, times, kinds and references only.</summary>
    None = 0,

    /// <summary>Texts.</summary>
    Text = 1,

    /// <summary>Hashtags.</summary>
    Hashtags = 2,

    /// <summary>URLs.</summary>
    Urls = 4,

    /// <summary>Mentioned account ids.</summary>
    Mentions = 8,
}
