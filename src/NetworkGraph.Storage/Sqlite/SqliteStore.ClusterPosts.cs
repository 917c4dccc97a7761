using System.Text;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite.Ingest;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The cluster stage's read: the posts of chosen accounts as columns, with mentions, hashtags and URLs read
/// as keys from their own tables (no JSON per post) and every repeated string interned once.</summary>
public sealed partial class SqliteStore
{
    /// <summary>No referenced author (account keys can be negative).</summary>
    private const long NoKey = long.MinValue;

    /// <summary>The posts of the accounts <paramref name="accountIds"/> (at or after <paramref name="sinceUnixSeconds"/>
    /// when given) as columns, row for row what <see cref="ReadPostsOfAccountsAsync"/> gives, in its order.</summary>
    /// <remarks>Rows are read through SQLite's C API: texts go from SQLite's UTF-8 straight into the table's text
    /// buffers (a retweet shares its original's bytes), languages are interned from their bytes and ids that are
    /// numbers stay numbers, so a row costs no string.</remarks>
    public async Task<ClusterPosts> ReadClusterPostsAsync(
        IReadOnlyCollection<string> accountIds, long? sinceUnixSeconds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var rows = new PostRows();
        using (var statement = new RawStatement(_connection.Handle!, """
            SELECT p.post_key, pi.post_id, p.author_key, p.time, p.kind, p.ref_post_key, ri.post_id, p.ref_author_key,
                   p.language, p.text
            FROM posts p NOT INDEXED
            LEFT JOIN post_ids pi ON pi.post_key = p.post_key
            LEFT JOIN post_ids ri ON ri.post_key = p.ref_post_key
            WHERE p.time >= ?1
              AND p.author_key IN (SELECT account_key FROM accounts WHERE account_id IN (SELECT value FROM json_each(?2)))
            """))
        {
            try
            {
                statement.Bind(1, sinceUnixSeconds ?? long.MinValue);
                statement.BindText(2, Encoding.UTF8.GetBytes(Newtonsoft.Json.JsonConvert.SerializeObject(accountIds)));
                while (statement.Step())
                {
                    rows.Add(statement);
                    if ((rows.Count & 0xFFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }
            }
            finally
            {
                statement.Reset();
            }
        }

        // Read in key order (one pass over the table, not a lookup per row through the time index), then put in the
        // object read's order: by time, then key.
        var order = rows.TimeThenKeyOrder();
        var keyRows = rows.KeyRows(order);
        var mentions = ReadEntityKeys("SELECT post_key, account_key FROM post_mentions ORDER BY post_key, account_key", keyRows, cancellationToken);
        var hashtags = ReadEntityKeys("SELECT post_key, hashtag_key FROM post_hashtags ORDER BY post_key, hashtag_key", keyRows, cancellationToken);
        var urls = ReadEntityKeys("SELECT post_key, url_key FROM post_urls ORDER BY post_key, url_key", keyRows, cancellationToken);

        // Pool indexes: authors first (in row order), then referenced authors, languages, mentions, hashtags and URLs;
        // each account key is looked up once.
        var pool = new StringPool();
        var authorKeys = Permuted(rows.AuthorKeys, order);
        var referencedAuthorKeys = Permuted(rows.ReferencedAuthorKeys, order);
        var accountKeys = authorKeys.Concat(referencedAuthorKeys.Where(k => k != NoKey)).Concat(mentions.Values).Distinct().ToArray();
        var accountIdsByKey = await ValuesByKeyAsync("SELECT account_key, account_id FROM accounts WHERE account_key IN (SELECT value FROM json_each($keys))", accountKeys, cancellationToken);
        var poolIndexOfKey = new Dictionary<long, int>(accountIdsByKey.Count);
        int Interned(long key)
        {
            ref var index = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(poolIndexOfKey, key, out var seen);
            if (!seen)
            {
                index = accountIdsByKey.TryGetValue(key, out var id) ? pool.Intern(id) : -1;
            }

            return index;
        }

        var authors = Array.ConvertAll(authorKeys, k => Interned(k) is var a && a >= 0 ? a : throw new KeyNotFoundException($"No account has the key {k}."));
        var referencedAuthors = Array.ConvertAll(referencedAuthorKeys, k => k != NoKey ? Interned(k) : -1);
        // Interned in row order, as the rows give them.
        var languageIndexes = new int[rows.LanguageNames.Count];
        Array.Fill(languageIndexes, -1);
        var languages = Permuted(rows.Languages, order);
        for (var k = 0; k < languages.Length; k++)
        {
            if (languages[k] >= 0)
            {
                ref var index = ref languageIndexes[languages[k]];
                languages[k] = index = index >= 0 ? index : pool.Intern(rows.LanguageNames[languages[k]]);
            }
        }

        var tags = await ValuesByKeyAsync("SELECT hashtag_key, tag FROM hashtags WHERE hashtag_key IN (SELECT value FROM json_each($keys))", hashtags.Values.Distinct().ToArray(), cancellationToken);
        var links = await ValuesByKeyAsync("SELECT url_key, url FROM urls WHERE url_key IN (SELECT value FROM json_each($keys))", urls.Values.Distinct().ToArray(), cancellationToken);
        return new ClusterPosts(
            pool.Strings,
            rows.Ids.Build(order),
            authors,
            UtcTicks(Permuted(rows.UnixSeconds, order)),
            Permuted(rows.Kinds, order),
            languages,
            rows.Texts.Build(order),
            rows.ReferencedIds.Build(order),
            referencedAuthors,
            mentions.Interned(accountIdsByKey, pool),
            hashtags.Interned(tags, pool),
            urls.Interned(links, pool))
        {
            IdsUnique = true, // ids are keys
        };
    }

    /// <summary>Unix seconds turned into UTC ticks, in place.</summary>
    private static long[] UtcTicks(long[] unixSeconds)
    {
        for (var k = 0; k < unixSeconds.Length; k++)
        {
            unixSeconds[k] = DateTimeOffset.FromUnixTimeSeconds(unixSeconds[k]).UtcTicks;
        }

        return unixSeconds;
    }

    /// <summary>Row k of the result is row order[k] of <paramref name="column"/>.</summary>
    private static T[] Permuted<T>(BlockList<T> column, int[] order)
    {
        var result = new T[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            result[k] = column[order[k]];
        }

        return result;
    }

    /// <summary>The (post, value key) rows of one entity table for the posts read, grouped by post row: the table and
    /// the posts read both come in key order, so they are joined in one pass.</summary>
    private EntityKeys ReadEntityKeys(string sql, KeyRows posts, CancellationToken cancellationToken)
    {
        var pairs = new List<(int Row, long Key)>();
        posts.Join(_connection.Handle!, sql, (row, key) => pairs.Add((row, key)), cancellationToken);

        // A counting sort by row keeps each post's values in key order, the order the object read gives them.
        var starts = new int[posts.Keys.Length + 1];
        foreach (var (row, _) in pairs)
        {
            starts[row + 1]++;
        }

        for (var r = 0; r < posts.Keys.Length; r++)
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

    /// <summary>The rows of the post read, column by column, in the order read.</summary>
    private sealed class PostRows
    {
        /// <summary>A retweet carries its original's text: the row that first held each retweeted post's text.</summary>
        private readonly Dictionary<long, int> _retweetTextRow = [];

        private readonly StringPool _languages = new();

        public int Count => Keys.Count;

        public BlockList<long> Keys { get; } = new();

        public PostIdColumn.Builder Ids { get; } = new();

        public BlockList<long> AuthorKeys { get; } = new();

        public BlockList<long> UnixSeconds { get; } = new();

        public BlockList<PostKind> Kinds { get; } = new();

        public PostIdColumn.Builder ReferencedIds { get; } = new();

        public BlockList<long> ReferencedAuthorKeys { get; } = new();

        /// <summary>Languages as indexes into <see cref="LanguageNames"/>, -1 for none.</summary>
        public BlockList<int> Languages { get; } = new();

        /// <summary>The languages read, by index.</summary>
        public IReadOnlyList<string> LanguageNames => _languages.Strings;

        public TextColumn.Builder Texts { get; } = new();

        /// <summary>Appends the statement's current row (post_key, post_id, author_key, time, kind, ref_post_key,
        /// ref post_id, ref_author_key, language, text).</summary>
        public void Add(RawStatement row)
        {
            var key = row.Int64(0);
            Keys.Add(key);
            if (row.IsNull(1))
            {
                Ids.Add(key);
            }
            else
            {
                Ids.Add(Encoding.UTF8.GetString(row.Bytes(1)));
            }

            AuthorKeys.Add(row.Int64(2));
            UnixSeconds.Add(row.Int64(3));
            var kind = (PostKind)row.Int64(4);
            Kinds.Add(kind);
            long? referenced = row.IsNull(5) ? null : row.Int64(5);
            if (referenced is not { } r)
            {
                ReferencedIds.Add(null);
            }
            else if (row.IsNull(6))
            {
                ReferencedIds.Add(r);
            }
            else
            {
                ReferencedIds.Add(Encoding.UTF8.GetString(row.Bytes(6)));
            }

            ReferencedAuthorKeys.Add(row.IsNull(7) ? NoKey : row.Int64(7));
            Languages.Add(row.IsNull(8) ? -1 : Language(row.Bytes(8)));
            AddText(row.Bytes(9), kind == PostKind.Retweet ? referenced : null);
        }

        /// <summary>The rows in time order, then key order: entry k is the read row that comes k-th.</summary>
        public int[] TimeThenKeyOrder()
        {
            var order = Enumerable.Range(0, Count).ToArray();
            var keys = Keys;
            RowOrder.Sort(UnixSeconds.ToArray(), order, (x, y) => keys[x].CompareTo(keys[y]));
            return order;
        }

        /// <summary>The post keys read, ascending, each with the row it gets in <paramref name="order"/>.</summary>
        public KeyRows KeyRows(int[] order)
        {
            var rows = new int[Count];
            for (var k = 0; k < order.Length; k++)
            {
                rows[order[k]] = k;
            }

            // The table is scanned in key order; sorted here should the scan ever come otherwise.
            var keys = Keys.ToArray();
            for (var r = 1; r < keys.Length; r++)
            {
                if (keys[r - 1] >= keys[r])
                {
                    Array.Sort(keys, rows);
                    break;
                }
            }

            return new KeyRows(keys, rows);
        }

        /// <summary>Appends a text: a retweet shares the bytes of an earlier retweet of the same post when they are the
        /// same; bytes that are not valid UTF-8 are stored as the string SQLite's text reading decodes from them.</summary>
        private void AddText(ReadOnlySpan<byte> utf8, long? retweeted)
        {
            if (retweeted is { } original)
            {
                ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_retweetTextRow, original, out var seen);
                if (seen && Texts.Utf8(first).SequenceEqual(utf8))
                {
                    Texts.AddSameAs(first);
                    return;
                }

                if (!seen)
                {
                    first = Texts.Count;
                }
            }

            if (System.Text.Unicode.Utf8.IsValid(utf8))
            {
                Texts.Add(utf8);
            }
            else
            {
                Texts.Add(Encoding.UTF8.GetString(utf8));
            }
        }

        private int Language(ReadOnlySpan<byte> utf8)
        {
            Span<char> chars = stackalloc char[64];
            return utf8.Length <= chars.Length && Encoding.UTF8.TryGetChars(utf8, chars, out var n)
                ? _languages.Intern(chars[..n])
                : _languages.Intern(Encoding.UTF8.GetString(utf8));
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
