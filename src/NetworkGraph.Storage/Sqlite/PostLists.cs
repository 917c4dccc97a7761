using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Sqlite.Ingest;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The hashtags, URLs and mentioned accounts of every post of one read, by row in the read's order, as ids of
/// distinct values: read from the tables keyed by post in one pass each (no lookup per post) and each distinct value
/// read once. A row costs 4 bytes plus 4 per list item.</summary>
internal sealed class PostLists
{
    private const int ListBits = 2;
    private const int ListMask = (1 << ListBits) - 1;

    // Row r's items are _items[_starts[r] .. _starts[r + 1]): each (value id << ListBits) | list, hashtags first, then
    // URLs, then mentions, each in key order (the order the object read gives them).
    private readonly int[] _starts;
    private readonly int[] _items;
    private readonly string[][] _values;

    private PostLists(int[] starts, int[] items, string[][] values)
    {
        _starts = starts;
        _items = items;
        _values = values;
    }

    private enum ListKind
    {
        Hashtags,
        Urls,
        Mentions,
    }

    /// <summary>How many rows the read has.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>Reads the lists <paramref name="columns"/> asks for, of the posts at or after
    /// <paramref name="sinceUnixSeconds"/> ordered by time then key, through <paramref name="db"/> (in one read
    /// transaction with the posts' read); mentioned accounts' ids come from <paramref name="accountIds"/>.</summary>
    public static PostLists Read(
        sqlite3 db, PostBatchColumns columns, long sinceUnixSeconds, IReadOnlyDictionary<long, string> accountIds, CancellationToken cancellationToken)
    {
        var posts = KeyRows.Of(KeysByRow(db, sinceUnixSeconds, cancellationToken));
        var lists = new List<(ListKind List, string Sql)>();
        if (columns.HasFlag(PostBatchColumns.Hashtags))
        {
            lists.Add((ListKind.Hashtags, "SELECT post_key, hashtag_key FROM post_hashtags ORDER BY post_key, hashtag_key"));
        }

        if (columns.HasFlag(PostBatchColumns.Urls))
        {
            lists.Add((ListKind.Urls, "SELECT post_key, url_key FROM post_urls ORDER BY post_key, url_key"));
        }

        if (columns.HasFlag(PostBatchColumns.Mentions))
        {
            lists.Add((ListKind.Mentions, "SELECT post_key, account_key FROM post_mentions ORDER BY post_key, account_key"));
        }

        // Two passes over each table (scanning one costs little next to holding its rows): count each row's items and
        // number the distinct value keys, then place the items.
        var starts = new int[posts.Keys.Length + 1];
        var ids = new Dictionary<long, int>[3];
        foreach (var (list, sql) in lists)
        {
            var idOf = ids[(int)list] = [];
            posts.Join(db, sql, (row, key) =>
            {
                starts[row + 1]++;
                idOf.TryAdd(key, idOf.Count);
            }, cancellationToken);
        }

        if (ids.Any(idOf => idOf?.Count > int.MaxValue >> ListBits))
        {
            throw new InvalidOperationException("Too many distinct hashtags, URLs or mentioned accounts for one read.");
        }

        for (var r = 0; r < posts.Keys.Length; r++)
        {
            starts[r + 1] = checked(starts[r + 1] + starts[r]);
        }

        var items = new int[starts[^1]];
        foreach (var (list, sql) in lists)
        {
            var idOf = ids[(int)list];
            posts.Join(db, sql, (row, key) => items[starts[row]++] = (idOf[key] << ListBits) | (int)list, cancellationToken);
        }

        // Each row's start moved to the next row's: shift back.
        for (var r = posts.Keys.Length; r > 0; r--)
        {
            starts[r] = starts[r - 1];
        }

        starts[0] = 0;
        var values = new string[3][];
        values[(int)ListKind.Hashtags] = ValuesOf(db, "SELECT hashtag_key, tag FROM hashtags", ids[(int)ListKind.Hashtags], cancellationToken);
        values[(int)ListKind.Urls] = ValuesOf(db, "SELECT url_key, url FROM urls", ids[(int)ListKind.Urls], cancellationToken);
        values[(int)ListKind.Mentions] = ValuesOf(accountIds, ids[(int)ListKind.Mentions]);
        return new PostLists(starts, items, values);
    }

    /// <summary>Sets row <paramref name="batchRow"/> of <paramref name="batch"/>'s list columns to row
    /// <paramref name="row"/> of the read (an item whose value is not stored is left out, as a join leaves it out).</summary>
    public void Fill(int row, PostBatch batch, int batchRow)
    {
        if (batchRow == 0)
        {
            batch.Hashtags.Values = _values[(int)ListKind.Hashtags];
            batch.Urls.Values = _values[(int)ListKind.Urls];
            batch.Mentions.Values = _values[(int)ListKind.Mentions];
        }

        for (var k = _starts[row]; k < _starts[row + 1]; k++)
        {
            var item = _items[k];
            var id = item >> ListBits;
            var list = (ListKind)(item & ListMask);
            if (_values[(int)list][id] is null)
            {
                continue;
            }

            var column = list switch
            {
                ListKind.Hashtags => batch.Hashtags,
                ListKind.Urls => batch.Urls,
                _ => batch.Mentions,
            };
            column.Add(batchRow, id);
        }
    }

    /// <summary>The keys of the posts read, by row.</summary>
    private static long[] KeysByRow(sqlite3 db, long sinceUnixSeconds, CancellationToken cancellationToken)
    {
        using var count = new RawStatement(db, "SELECT count(*) FROM posts WHERE time >= ?1");
        count.Bind(1, sinceUnixSeconds);
        var keys = new long[count.Step() ? checked((int)count.Int64(0)) : 0];
        count.Reset();
        using var statement = new RawStatement(db, "SELECT post_key FROM posts WHERE time >= ?1 ORDER BY time, post_key");
        try
        {
            statement.Bind(1, sinceUnixSeconds);
            var row = 0;
            while (statement.Step())
            {
                keys[row++] = statement.Int64(0);
                if ((row & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            return row == keys.Length ? keys : throw new InvalidOperationException("The posts changed while they were read.");
        }
        finally
        {
            statement.Reset();
        }
    }

    /// <summary>The values of the keys <paramref name="ids"/> numbers, by id (null where a key has no value).</summary>
    private static string[] ValuesOf(sqlite3 db, string sql, Dictionary<long, int>? ids, CancellationToken cancellationToken)
    {
        if (ids is null || ids.Count == 0)
        {
            return [];
        }

        var values = new string[ids.Count];
        using var statement = new RawStatement(db, sql);
        try
        {
            var steps = 0;
            while (statement.Step())
            {
                if (ids.TryGetValue(statement.Int64(0), out var id))
                {
                    values[id] = System.Text.Encoding.UTF8.GetString(statement.Bytes(1));
                }

                if ((++steps & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        finally
        {
            statement.Reset();
        }

        return values;
    }

    private static string[] ValuesOf(IReadOnlyDictionary<long, string> accountIds, Dictionary<long, int>? ids)
    {
        var values = new string[ids?.Count ?? 0];
        foreach (var (key, id) in ids ?? [])
        {
            values[id] = accountIds.GetValueOrDefault(key)!;
        }

        return values;
    }
}
