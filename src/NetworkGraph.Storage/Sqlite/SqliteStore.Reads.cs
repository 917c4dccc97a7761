using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Model;
using Newtonsoft.Json;

namespace NetworkGraph.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private const string PostColumnsSelect = """
        SELECT coalesce(pi.post_id, CAST(p.post_key AS TEXT)), a.account_id, p.time, p.kind,
               CASE WHEN p.ref_post_key IS NULL THEN NULL ELSE coalesce(ri.post_id, CAST(p.ref_post_key AS TEXT)) END,
               ra.account_id, p.language, p.text,
               (SELECT json_group_array(ma.account_id) FROM post_mentions m
                  JOIN accounts ma ON ma.account_key = m.account_key WHERE m.post_key = p.post_key),
               (SELECT json_group_array(h.tag) FROM post_hashtags ph
                  JOIN hashtags h ON h.hashtag_key = ph.hashtag_key WHERE ph.post_key = p.post_key),
               (SELECT json_group_array(u.url) FROM post_urls pu
                  JOIN urls u ON u.url_key = pu.url_key WHERE pu.post_key = p.post_key)
        FROM posts p
        JOIN accounts a ON a.account_key = p.author_key
        LEFT JOIN post_ids pi ON pi.post_key = p.post_key
        LEFT JOIN post_ids ri ON ri.post_key = p.ref_post_key
        LEFT JOIN accounts ra ON ra.account_key = p.ref_author_key
        """;

    private const string PostSelect = PostColumnsSelect + "\nORDER BY p.time, p.post_key";

    /// <summary>Every post with its mentions (account ids), hashtags and URLs, ordered by time then key.</summary>
    public async IAsyncEnumerable<Post> ReadPostsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = PostSelect;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadPost(reader);
        }
    }

    private static Post ReadPost(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(2)),
        reader.GetString(7),
        NullableString(reader, 6),
        (PostKind)reader.GetInt64(3),
        NullableString(reader, 4),
        NullableString(reader, 5),
        JsonList(reader.GetString(8)),
        JsonList(reader.GetString(9)),
        JsonList(reader.GetString(10)));

    /// <summary>Every account (with <paramref name="profiledOnly"/>, only those with a stored profile), by key.</summary>
    public IAsyncEnumerable<Account> ReadAccountsAsync(bool profiledOnly = false, CancellationToken cancellationToken = default) =>
        ReadAccountsWhereAsync(profiledOnly ? "WHERE a.profiled = 1" : string.Empty, null, cancellationToken);

    /// <summary>Accounts matching <paramref name="where"/> (a constant clause, with $ids bound to <paramref name="ids"/>),
    /// read on <paramref name="connection"/> when given, else on the store's.</summary>
    private async IAsyncEnumerable<Account> ReadAccountsWhereAsync(
        string where, string? ids, [EnumeratorCancellation] CancellationToken cancellationToken, SqliteConnection? connection = null)
    {
        await using var command = (connection ?? _connection).CreateCommand();
        if (ids is not null)
        {
            command.Parameters.AddWithValue("$ids", ids);
        }

        command.CommandText = $"""
            SELECT a.account_id, a.handle, a.display_name, a.location, a.bio, a.language, a.created_at, a.followers,
                   a.following, o.observed_at
            FROM accounts a LEFT JOIN account_observed o ON o.account_key = a.account_key
            {where}
            ORDER BY a.account_key
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new Account(
                reader.GetString(0),
                NullableString(reader, 1),
                NullableString(reader, 2),
                NullableString(reader, 3),
                NullableString(reader, 4),
                NullableString(reader, 5),
                NullableTime(reader, 6),
                reader.IsDBNull(7) ? null : reader.GetInt64(7),
                reader.IsDBNull(8) ? null : reader.GetInt64(8),
                NullableTime(reader, 9));
        }
    }

    /// <summary>Every generic share, grouped by object (in key order) and ordered by time within an object.</summary>
    public async IAsyncEnumerable<Share> ReadSharesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT a.account_id, o.kind, o.object_id, s.content_id, s.time
            FROM shares s
            JOIN share_objects o ON o.object_key = s.object_key
            JOIN accounts a ON a.account_key = s.account_key
            ORDER BY s.object_key, s.time, s.content_id
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new Share(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(4)));
        }
    }

    /// <summary>Posts in column chunks of up to <paramref name="chunkSize"/>, ordered by time then key; texts only
    /// when <paramref name="includeText"/>. Each chunk has fresh arrays the caller may keep.</summary>
    public async IAsyncEnumerable<PostColumns> ReadPostColumnsAsync(
        bool includeText = false, int chunkSize = 65_536, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        await using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT post_key, author_key, time, kind, ref_post_key, ref_author_key{(includeText ? ", text" : string.Empty)}
            FROM posts ORDER BY time, post_key
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var chunk = new PostColumns(chunkSize, includeText);
        while (await reader.ReadAsync(cancellationToken))
        {
            var i = chunk.Count++;
            chunk.PostKeys[i] = reader.GetInt64(0);
            chunk.AuthorKeys[i] = reader.GetInt64(1);
            chunk.Times[i] = reader.GetInt64(2);
            chunk.Kinds[i] = (PostKind)reader.GetInt64(3);
            chunk.ReferencedPostKeys[i] = reader.IsDBNull(4) ? PostColumns.None : reader.GetInt64(4);
            chunk.ReferencedAuthorKeys[i] = reader.IsDBNull(5) ? PostColumns.None : reader.GetInt64(5);
            if (chunk.Texts is { } texts)
            {
                texts[i] = reader.GetString(6);
            }

            if (chunk.Count == chunkSize)
            {
                yield return chunk;
                chunk = new PostColumns(chunkSize, includeText);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>Posts carrying each hashtag, URL, domain or mentioned account, ordered by value then time: each
    /// value's posts come together, ready for co-sharing windows.</summary>
    public async IAsyncEnumerable<PostEntity> ReadPostEntitiesAsync(
        EntityKind kind, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (join, value) = kind switch
        {
            EntityKind.Hashtag => ("post_hashtags e JOIN hashtags v ON v.hashtag_key = e.hashtag_key", "v.tag"),
            EntityKind.Url => ("post_urls e JOIN urls v ON v.url_key = e.url_key", "v.url"),
            EntityKind.Domain => ("post_urls e JOIN urls v ON v.url_key = e.url_key", "v.domain"),
            EntityKind.Mention => ("post_mentions e JOIN accounts v ON v.account_key = e.account_key", "v.account_id"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        await using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT e.post_key, p.author_key, p.time, {value}
            FROM {join} JOIN posts p ON p.post_key = e.post_key
            WHERE {value} IS NOT NULL
            ORDER BY {value}, p.time, e.post_key
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new PostEntity(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3));
        }
    }

    /// <summary>The id (as it came) of every account key.</summary>
    public async Task<IReadOnlyDictionary<long, string>> ReadAccountIdsAsync(CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<long, string>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT account_key, account_id FROM accounts";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetInt64(0)] = reader.GetString(1);
        }

        return result;
    }

    /// <summary>The id (as it came) of a post key; null for a negative key that is not known.</summary>
    public async Task<string?> GetPostIdAsync(long postKey, CancellationToken cancellationToken = default)
    {
        if (postKey >= 0)
        {
            return postKey.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT post_id FROM post_ids WHERE post_key = $k";
        command.Parameters.AddWithValue("$k", postKey);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static string? NullableString(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? NullableTime(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(column));

    private static string[] JsonList(string json) =>
        json == "[]" ? [] : JsonConvert.DeserializeObject<string[]>(json) ?? [];
}
