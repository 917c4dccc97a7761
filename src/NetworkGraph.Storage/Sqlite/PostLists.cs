using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Sqlite.Ingest;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The hashtags, URLs and mentioned accounts of every post of one read, by row in the read's order, as ids of
/// distinct values: read from the tables keyed by post in one pass each (no lookup per post) and each distinct value
/// read once. A row costs 4 bytes plus 4 per list item; hashtags and URLs are kept as UTF-8 (a string is made of one
/// when the share table first meets it).</summary>
internal sealed class PostLists
{
    private const int ListBits = 2;
    private const int ListMask = (1 << ListBits) - 1;

    // Row r's items are _items[_starts[r] .. _starts[r + 1]): each (value id << ListBits) | list, hashtags first, then
    // URLs, then mentions, each in key order (the order the object read gives them).
    private readonly int[] _starts;
    private readonly int[] _items;
    private readonly IReadOnlyList<string>[] _values;
    private readonly HashSet<int>?[] _missing; // ids whose key has no value (left out, as a join leaves them out)

    private PostLists(int[] starts, int[] items, IReadOnlyList<string>[] values, HashSet<int>?[] missing)
    {
        _starts = starts;
        _items = items;
        _values = values;
        _missing = missing;
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
        var ids = new KeyIds[3];
        foreach (var (list, sql) in lists)
        {
            var idOf = ids[(int)list] = new KeyIds(byTable: list != ListKind.Mentions); // account keys are sparse (numeric ids)
            posts.Join(db, sql, (row, key) =>
            {
                starts[row + 1]++;
                idOf.GetOrAdd(key);
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
            posts.Join(db, sql, (row, key) => items[starts[row]++] = (idOf.GetOrAdd(key) << ListBits) | (int)list, cancellationToken);
        }

        // Each row's start moved to the next row's: shift back.
        for (var r = posts.Keys.Length; r > 0; r--)
        {
            starts[r] = starts[r - 1];
        }

        starts[0] = 0;
        var values = new IReadOnlyList<string>[3];
        var missing = new HashSet<int>?[3];
        (values[(int)ListKind.Hashtags], missing[(int)ListKind.Hashtags]) =
            ValuesOf(db, "SELECT hashtag_key, tag FROM hashtags", ids[(int)ListKind.Hashtags], cancellationToken);
        (values[(int)ListKind.Urls], missing[(int)ListKind.Urls]) =
            ValuesOf(db, "SELECT url_key, url FROM urls", ids[(int)ListKind.Urls], cancellationToken);
        (values[(int)ListKind.Mentions], missing[(int)ListKind.Mentions]) = ValuesOf(accountIds, ids[(int)ListKind.Mentions]);
        return new PostLists(starts, items, values, missing);
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
            if (_missing[(int)list]?.Contains(id) == true)
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

    /// <summary>The values of the keys <paramref name="ids"/> numbers, by id, as UTF-8, and the ids whose key has no
    /// value (null when none).</summary>
    private static (IReadOnlyList<string> Values, HashSet<int>? Missing) ValuesOf(
        sqlite3 db, string sql, KeyIds? ids, CancellationToken cancellationToken)
    {
        if (ids is null || ids.Count == 0)
        {
            return ([], null);
        }

        // Added in the table's order, then put in id order.
        var rowOfId = new int[ids.Count];
        Array.Fill(rowOfId, -1);
        var texts = new TextColumn.Builder();
        using (var statement = new RawStatement(db, sql))
        {
            try
            {
                while (statement.Step())
                {
                    if (ids.TryGet(statement.Int64(0), out var id))
                    {
                        rowOfId[id] = texts.Count;
                        texts.Add(statement.Bytes(1));
                    }

                    if ((texts.Count & 0xFFFF) == 0)
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

        HashSet<int>? missing = null;
        for (var id = 0; id < rowOfId.Length; id++)
        {
            if (rowOfId[id] < 0)
            {
                (missing ??= []).Add(id);
                rowOfId[id] = texts.Count;
                texts.Add(default(ReadOnlySpan<byte>));
            }
        }

        return (new Utf8Values(texts.Build(rowOfId)), missing);
    }

    private static (IReadOnlyList<string> Values, HashSet<int>? Missing) ValuesOf(IReadOnlyDictionary<long, string> accountIds, KeyIds? ids)
    {
        var values = new string[ids?.Count ?? 0];
        HashSet<int>? missing = null;
        foreach (var (key, id) in ids?.Pairs() ?? [])
        {
            if (accountIds.TryGetValue(key, out var value))
            {
                values[id] = value;
            }
            else
            {
                values[id] = string.Empty;
                (missing ??= []).Add(id);
            }
        }

        return (values, missing);
    }

    /// <summary>Numbers keys densely in first-seen order: with <paramref name="byTable"/>, small non-negative keys (the
    /// rowids of the hashtag and URL tables) through a table indexed by the key, others through a dictionary.</summary>
    private sealed class KeyIds(bool byTable)
    {
        private const long MaxTableKey = 1 << 24;
        private readonly long _maxTableKey = byTable ? MaxTableKey : 0;
        private int[] _idOfKey = new int[byTable ? 1024 : 0]; // id + 1; 0: not seen
        private Dictionary<long, int>? _idOfLargeKey;
        private readonly List<long> _keys = [];

        public int Count => _keys.Count;

        public int GetOrAdd(long key)
        {
            if (key >= 0 && key < _maxTableKey)
            {
                if (key >= _idOfKey.Length)
                {
                    Array.Resize(ref _idOfKey, (int)Math.Min(MaxTableKey, Math.Max(key + 1, _idOfKey.Length * 2L)));
                }

                ref var stored = ref _idOfKey[key];
                if (stored == 0)
                {
                    _keys.Add(key);
                    stored = _keys.Count;
                }

                return stored - 1;
            }

            _idOfLargeKey ??= [];
            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_idOfLargeKey, key, out var seen);
            if (!seen)
            {
                id = _keys.Count;
                _keys.Add(key);
            }

            return id;
        }

        public bool TryGet(long key, out int id)
        {
            if (key >= 0 && key < _maxTableKey)
            {
                id = key < _idOfKey.Length ? _idOfKey[key] - 1 : -1;
                return id >= 0;
            }

            id = -1;
            return _idOfLargeKey?.TryGetValue(key, out id) == true;
        }

        public IEnumerable<(long Key, int Id)> Pairs() => _keys.Select((key, id) => (key, id));
    }

    /// <summary>A column of UTF-8 values as a list of strings, each made when asked for.</summary>
    private sealed class Utf8Values(TextColumn values) : IReadOnlyList<string>
    {
        public int Count => values.Count;

        public string this[int index] => values[index];

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < values.Count; i++)
            {
                yield return values[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
