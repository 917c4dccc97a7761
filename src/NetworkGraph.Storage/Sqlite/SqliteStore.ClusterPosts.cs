using System.Globalization;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The cluster stage's read: the posts of chosen accounts as columns, with mentions, hashtags and URLs read
/// as keys from their own tables (no JSON per post) and every repeated string interned once.</summary>
public sealed partial class SqliteStore
{
    /// <summary>No referenced author (account keys can be negative).</summary>
    private const long NoKey = long.MinValue;

    /// <summary>The posts of the accounts <paramref name="accountIds"/> (at or after <paramref name="sinceUnixSeconds"/>
    /// when given) as columns, row for row what <see cref="ReadPostsOfAccountsAsync"/> gives, in its order.</summary>
    public async Task<ClusterPosts> ReadClusterPostsAsync(
        IReadOnlyCollection<string> accountIds, long? sinceUnixSeconds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var rows = new PostRows();
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT p.post_key, pi.post_id, p.author_key, p.time, p.kind, p.ref_post_key, ri.post_id, p.ref_author_key,
                       p.language, p.text
                FROM posts p NOT INDEXED
                LEFT JOIN post_ids pi ON pi.post_key = p.post_key
                LEFT JOIN post_ids ri ON ri.post_key = p.ref_post_key
                WHERE p.time >= $since
                  AND p.author_key IN (SELECT account_key FROM accounts WHERE account_id IN (SELECT value FROM json_each($ids)))
                """;
            command.Parameters.AddWithValue("$since", sinceUnixSeconds ?? long.MinValue);
            command.Parameters.AddWithValue("$ids", Newtonsoft.Json.JsonConvert.SerializeObject(accountIds));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.GetInt64(0);
                rows.Add(
                    key,
                    reader.IsDBNull(1) ? key.ToString(CultureInfo.InvariantCulture) : reader.GetString(1),
                    reader.GetInt64(2),
                    reader.GetInt64(3),
                    (PostKind)reader.GetInt64(4),
                    reader.IsDBNull(5) ? null : reader.IsDBNull(6) ? reader.GetInt64(5).ToString(CultureInfo.InvariantCulture) : reader.GetString(6),
                    reader.IsDBNull(7) ? NoKey : reader.GetInt64(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8),
                    reader.GetString(9));
            }
        }

        // Read in key order (one pass over the table, not a lookup per row through the time index), then put in the
        // object read's order: by time, then key.
        rows.SortByTimeThenKey();
        var mentions = await EntityKeysAsync("SELECT post_key, account_key FROM post_mentions ORDER BY post_key, account_key", rows, cancellationToken);
        var hashtags = await EntityKeysAsync("SELECT post_key, hashtag_key FROM post_hashtags ORDER BY post_key, hashtag_key", rows, cancellationToken);
        var urls = await EntityKeysAsync("SELECT post_key, url_key FROM post_urls ORDER BY post_key, url_key", rows, cancellationToken);

        // Pool indexes: authors first (in row order), then referenced authors, mentions, hashtags and URLs.
        var pool = new StringPool();
        var accountKeys = rows.AuthorKeys.Concat(rows.ReferencedAuthorKeys.Where(k => k != NoKey)).Concat(mentions.Values).Distinct().ToArray();
        var accountIdsByKey = await ValuesByKeyAsync("SELECT account_key, account_id FROM accounts WHERE account_key IN (SELECT value FROM json_each($keys))", accountKeys, cancellationToken);
        var authors = rows.AuthorKeys.Select(k => pool.Intern(accountIdsByKey[k])).ToArray();
        var referencedAuthors = rows.ReferencedAuthorKeys.Select(k => k != NoKey && accountIdsByKey.TryGetValue(k, out var id) ? pool.Intern(id) : -1).ToArray();
        var languages = rows.Languages.Select(pool.InternOrNone).ToArray();
        var tags = await ValuesByKeyAsync("SELECT hashtag_key, tag FROM hashtags WHERE hashtag_key IN (SELECT value FROM json_each($keys))", hashtags.Values.Distinct().ToArray(), cancellationToken);
        var links = await ValuesByKeyAsync("SELECT url_key, url FROM urls WHERE url_key IN (SELECT value FROM json_each($keys))", urls.Values.Distinct().ToArray(), cancellationToken);
        return new ClusterPosts(
            pool.Strings,
            [.. rows.Ids],
            authors,
            [.. rows.Ticks],
            [.. rows.Kinds],
            languages,
            [.. rows.Texts],
            [.. rows.ReferencedIds],
            referencedAuthors,
            mentions.Interned(accountIdsByKey, pool),
            hashtags.Interned(tags, pool),
            urls.Interned(links, pool))
        {
            IdsUnique = true, // ids are keys
        };
    }

    /// <summary>The (post, value key) rows of one entity table for the posts read, grouped by post row.</summary>
    private async Task<EntityKeys> EntityKeysAsync(string sql, PostRows rows, CancellationToken cancellationToken)
    {
        var pairs = new List<(int Row, long Key)>();
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (rows.RowOf.TryGetValue(reader.GetInt64(0), out var row))
            {
                pairs.Add((row, reader.GetInt64(1)));
            }
        }

        // A counting sort by row keeps each post's values in key order, the order the object read gives them.
        var starts = new int[rows.Ids.Count + 1];
        foreach (var (row, _) in pairs)
        {
            starts[row + 1]++;
        }

        for (var r = 0; r < rows.Ids.Count; r++)
        {
            starts[r + 1] += starts[r];
        }

        var next = starts[..^1];
        var values = new long[pairs.Count];
        foreach (var (row, key) in pairs)
        {
            values[next[row]++] = key;
        }

        return new EntityKeys(starts, values);
    }

    private async Task<Dictionary<long, string>> ValuesByKeyAsync(string sql, long[] keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, string>(keys.Length);
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$keys", Newtonsoft.Json.JsonConvert.SerializeObject(keys));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetInt64(0)] = reader.GetString(1);
        }

        return result;
    }

    /// <summary>The rows of the post read, column by column.</summary>
    private sealed class PostRows
    {
        private List<long> _keys = [];
        private List<long> _unixSeconds = [];

        /// <summary>Retweets carry their original's text: many rows, few texts, each kept once.</summary>
        private readonly Dictionary<string, string> _retweetTexts = new(StringComparer.Ordinal);

        public Dictionary<long, int> RowOf { get; } = [];

        public List<string> Ids { get; private set; } = [];

        public List<long> AuthorKeys { get; private set; } = [];

        public List<long> Ticks { get; private set; } = [];

        public List<PostKind> Kinds { get; private set; } = [];

        public List<string?> ReferencedIds { get; private set; } = [];

        public List<long> ReferencedAuthorKeys { get; private set; } = [];

        public List<string?> Languages { get; private set; } = [];

        public List<string> Texts { get; private set; } = [];

        public void Add(long key, string id, long authorKey, long unixSeconds, PostKind kind, string? referencedId, long referencedAuthorKey, string? language, string text)
        {
            _keys.Add(key);
            _unixSeconds.Add(unixSeconds);
            Ids.Add(id);
            AuthorKeys.Add(authorKey);
            Ticks.Add(DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcTicks);
            Kinds.Add(kind);
            ReferencedIds.Add(referencedId);
            ReferencedAuthorKeys.Add(referencedAuthorKey);
            Languages.Add(language);
            if (kind == PostKind.Retweet)
            {
                ref var kept = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_retweetTexts, text, out var seen);
                text = seen ? kept! : kept = text;
            }

            Texts.Add(text);
        }

        /// <summary>Puts the rows in time order, then key order, and indexes them by key.</summary>
        public void SortByTimeThenKey()
        {
            var order = Enumerable.Range(0, Ids.Count).ToArray();
            var keys = _keys;
            RowOrder.Sort([.. _unixSeconds], order, (x, y) => keys[x].CompareTo(keys[y]));
            List<T> Permuted<T>(List<T> column) => [.. order.Select(r => column[r])];
            _keys = Permuted(_keys);
            _unixSeconds = Permuted(_unixSeconds);
            Ids = Permuted(Ids);
            AuthorKeys = Permuted(AuthorKeys);
            Ticks = Permuted(Ticks);
            Kinds = Permuted(Kinds);
            ReferencedIds = Permuted(ReferencedIds);
            ReferencedAuthorKeys = Permuted(ReferencedAuthorKeys);
            Languages = Permuted(Languages);
            Texts = Permuted(Texts);
            for (var r = 0; r < _keys.Count; r++)
            {
                RowOf[_keys[r]] = r;
            }
        }
    }

    /// <summary>Value keys per post row, flat.</summary>
    private sealed record EntityKeys(int[] Starts, long[] Values)
    {
        /// <summary>The column with each key replaced by its string's pool index (keys without a string dropped, as the
        /// object read's join drops them).</summary>
        public RaggedColumn Interned(Dictionary<long, string> strings, StringPool pool)
        {
            var starts = new int[Starts.Length];
            var values = new List<int>(Values.Length);
            for (var r = 0; r + 1 < Starts.Length; r++)
            {
                for (var k = Starts[r]; k < Starts[r + 1]; k++)
                {
                    if (strings.TryGetValue(Values[k], out var s))
                    {
                        values.Add(pool.Intern(s));
                    }
                }

                starts[r + 1] = values.Count;
            }

            return new RaggedColumn(starts, [.. values]);
        }
    }
}
