using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Sqlite.Ingest;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The hashtags, URLs and mentioned accounts of the posts of one read, by post key, as ids of distinct
/// values: each table keyed by post is read in one pass in its own order (by post key; no lookup per post and no pass
/// over the posts beforehand), and each distinct value read once (the hashtag and URL tables are read whole, by key, and
/// only the values the posts name are kept). A post with items costs 12 bytes per list plus 4 per item, a post without
/// none; hashtags and URLs are kept as UTF-8 (a string is made of one when the share table first meets it).</summary>
internal sealed class PostLists
{
    // Hashtags first, then URLs, then mentions: the order a post's items take, each list's in value key order (the
    // order the object read gives them).
    private readonly KeyedLists?[] _lists;
    private readonly IReadOnlyList<string>[] _values;
    private readonly HashSet<int>?[] _missing; // ids whose key has no value (left out, as a join leaves them out)

    private PostLists(KeyedLists?[] lists, IReadOnlyList<string>[] values, HashSet<int>?[] missing)
    {
        _lists = lists;
        _values = values;
        _missing = missing;
    }

    private enum ListKind
    {
        Hashtags,
        Urls,
        Mentions,
    }

    /// <summary>Reads the lists <paramref name="columns"/> asks for in <paramref name="snapshot"/>'s read transaction
    /// (the posts' read), of the posts at or after <paramref name="sinceUnixSeconds"/> when given (a lookback over a
    /// growing store holds the window's lists, not the store's); mentioned accounts' ids come from
    /// <paramref name="accounts"/> (read on <paramref name="snapshot"/>'s connection after the lists), hashtags and URLs
    /// from their tables, read whole by key. Given
    /// <paramref name="beside"/>, a second connection that sees the same state (<see cref="ReadSnapshot.OpenPair"/>),
    /// the hashtag and URL tables are read through it on a thread of their own, and the hashtags' lists too when another
    /// list is read, while the other lists are read: each list comes out the same either way.</summary>
    public static PostLists Read(
        ReadSnapshot snapshot, ReadSnapshot? beside, PostBatchColumns columns, Lazy<AccountIdsByKey> accounts, long? sinceUnixSeconds, CancellationToken cancellationToken)
    {
        var lists = new KeyedLists?[3];
        var ids = new ValueKeys?[3];
        var stored = new StoredValues?[3];
        void ReadLists(sqlite3 db, ListKind kind)
        {
            var (wanted, table, column, maxTableKey) = kind switch
            {
                ListKind.Hashtags => (PostBatchColumns.Hashtags, "post_hashtags", "hashtag_key", RowidTableKeys),
                ListKind.Urls => (PostBatchColumns.Urls, "post_urls", "url_key", RowidTableKeys),
                _ => (PostBatchColumns.Mentions, "post_mentions", "account_key", AccountTableKeys),
            };
            if (columns.HasFlag(wanted))
            {
                (lists[(int)kind], ids[(int)kind]) = KeyedLists.Read(db, ListSql(table, column, sinceUnixSeconds), sinceUnixSeconds, new ValueKeys(maxTableKey), cancellationToken);
            }
        }

        // Beside the lists each wanted table is read whole; after them (one connection) only those some post names.
        void ReadValues(sqlite3 db)
        {
            if (columns.HasFlag(PostBatchColumns.Hashtags) && (beside is not null || ids[(int)ListKind.Hashtags]?.Count > 0))
            {
                stored[(int)ListKind.Hashtags] = StoredValues.Read(db, "SELECT hashtag_key, tag FROM hashtags", cancellationToken);
            }

            if (columns.HasFlag(PostBatchColumns.Urls) && (beside is not null || ids[(int)ListKind.Urls]?.Count > 0))
            {
                stored[(int)ListKind.Urls] = StoredValues.Read(db, "SELECT url_key, url FROM urls", cancellationToken);
            }
        }

        var hashtagListsBeside = beside is not null && columns.HasFlag(PostBatchColumns.Hashtags)
            && (columns.HasFlag(PostBatchColumns.Urls) || columns.HasFlag(PostBatchColumns.Mentions));
        var besideRead = beside is null
            ? null
            : Task.Factory.StartNew(
                () =>
                {
                    ReadValues(beside.Db);
                    if (hashtagListsBeside)
                    {
                        ReadLists(beside.Db, ListKind.Hashtags);
                    }
                },
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        try
        {
            if (!hashtagListsBeside)
            {
                ReadLists(snapshot.Db, ListKind.Hashtags);
            }

            ReadLists(snapshot.Db, ListKind.Urls);
            ReadLists(snapshot.Db, ListKind.Mentions);
            _ = accounts.Value;
            if (besideRead is null)
            {
                ReadValues(snapshot.Db);
            }
        }
        finally
        {
            // The second connection is closed only once its read is over, whatever happened on this one (WaitAny
            // waits without throwing; the read's own error is thrown below). Its error counts as observed here: when
            // this connection's read failed, that failure is the one reported.
            if (besideRead is not null)
            {
                Task.WaitAny([besideRead], CancellationToken.None);
                _ = besideRead.Exception;
            }
        }

        besideRead?.GetAwaiter().GetResult();
        var values = new IReadOnlyList<string>[3];
        var missing = new HashSet<int>?[3];
        foreach (var kind in (ListKind[])[ListKind.Hashtags, ListKind.Urls])
        {
            (values[(int)kind], missing[(int)kind]) = stored[(int)kind]?.Of(ids[(int)kind]) ?? ([], null);
        }

        (values[(int)ListKind.Mentions], missing[(int)ListKind.Mentions]) = ValuesOf(accounts.Value, ids[(int)ListKind.Mentions]);
        return new PostLists(lists, values, missing);
    }

    /// <summary>The (post key, value key) rows of a list table by post key, of the posts at or after ?1 when a time is given.
    /// Table and column names are the fixed list tables (post_hashtags, post_urls, post_mentions), never input.</summary>
    internal static string ListSql(string table, string valueColumn, long? sinceUnixSeconds) => sinceUnixSeconds is null
        ? $"SELECT post_key, {valueColumn} FROM {table} ORDER BY post_key, {valueColumn}"
        : $"SELECT l.post_key, l.{valueColumn} FROM {table} l JOIN posts p ON p.post_key = l.post_key WHERE p.time >= ?1 ORDER BY l.post_key, l.{valueColumn}";

    /// <summary>Positive keys of the hashtag and URL tables are their rowids, dense: all of them go in a table.</summary>
    private const long RowidTableKeys = 1 << 24;

    /// <summary>Positive account keys are numeric ids, sparse: only small ones go in a table.</summary>
    private const long AccountTableKeys = 1 << 16;

    /// <summary>Sets row <paramref name="batchRow"/> of <paramref name="batch"/>'s list columns to the lists of the post
    /// keyed <paramref name="postKey"/> (an item whose value is not stored is left out, as a join leaves it out).</summary>
    public void Fill(long postKey, PostBatch batch, int batchRow)
    {
        if (batchRow == 0)
        {
            batch.Hashtags.Values = _values[(int)ListKind.Hashtags];
            batch.Urls.Values = _values[(int)ListKind.Urls];
            batch.Mentions.Values = _values[(int)ListKind.Mentions];
        }

        Fill(ListKind.Hashtags, postKey, batch.Hashtags, batchRow);
        Fill(ListKind.Urls, postKey, batch.Urls, batchRow);
        Fill(ListKind.Mentions, postKey, batch.Mentions, batchRow);
    }

    private void Fill(ListKind list, long postKey, PostValueLists column, int batchRow)
    {
        if (_lists[(int)list] is not { } lists)
        {
            return;
        }

        var missing = _missing[(int)list];
        foreach (var id in lists.Of(postKey))
        {
            if (missing?.Contains(id) != true)
            {
                column.Add(batchRow, id);
            }
        }
    }

    private static (IReadOnlyList<string> Values, HashSet<int>? Missing) ValuesOf(AccountIdsByKey accounts, ValueKeys? ids)
    {
        var values = new string[ids?.Count ?? 0];
        HashSet<int>? missing = null;
        for (var id = 0; id < values.Length; id++)
        {
            if (accounts.Find(ids!.KeyOf(id)) is { } value)
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

    /// <summary>Numbers value keys densely in first-seen order.</summary>
    private sealed class ValueKeys(long maxPositiveTableKey)
    {
        private readonly KeyMap _idOfKey = new(maxPositiveTableKey);
        private readonly List<long> _keys = [];

        public int Count => _keys.Count;

        public int GetOrAdd(long key)
        {
            if (!_idOfKey.TryGetValue(key, out var id))
            {
                id = _keys.Count;
                _idOfKey.Add(key, id);
                _keys.Add(key);
            }

            return id;
        }

        public bool TryGet(long key, out int id) => _idOfKey.TryGetValue(key, out id);

        public long KeyOf(int id) => _keys[id];
    }

    /// <summary>One table keyed by post as the posts that have items, by key ascending, and each one's value ids; looked
    /// up by post key from where the last lookup ended (a read by time meets post keys nearly in order when they grow
    /// with time, as platform ids do), else by bisection, or through a map of the positions once lookups stop following
    /// the keys (4 + 8 bytes more per post with items, or a table indexed by a negative key).</summary>
    private sealed class KeyedLists
    {
        /// <summary>Lookups that hit none of the last position and its neighbours before the positions are mapped, at
        /// least (and more than one lookup in eight).</summary>
        private const int MissesBeforeMap = 4096;

        private long[] _keys = new long[1024];
        private int[] _starts = new int[1025]; // post p's ids are _ids[_starts[p] .. _starts[p + 1])
        private int[] _ids = new int[1024];
        private int _posts;
        private int _at;
        private int _misses;
        private int _lookups;
        private KeyMap? _positions; // post key -> position, once lookups stopped coming in key order

        /// <summary>Steps the (post key, value key) rows of <paramref name="sql"/> (bound to <paramref name="sinceUnixSeconds"/>
        /// when given), ordered by post key, numbering the value keys with <paramref name="ids"/>.</summary>
        public static (KeyedLists Lists, ValueKeys Ids) Read(
            sqlite3 db, string sql, long? sinceUnixSeconds, ValueKeys ids, CancellationToken cancellationToken)
        {
            var lists = new KeyedLists();
            using var statement = new RawStatement(db, sql);
            try
            {
                if (sinceUnixSeconds is { } since)
                {
                    statement.Bind(1, since);
                }

                var items = 0;
                while (statement.Step())
                {
                    if (items == Array.MaxLength - 1)
                    {
                        throw new InvalidOperationException("A hashtag, URL or mention table has more rows than one read can hold.");
                    }

                    lists.Add(statement.Int64(0), ids.GetOrAdd(statement.Int64(1)), items++);
                    if ((items & 0xFFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }
            }
            finally
            {
                statement.Reset();
            }

            return (lists, ids);
        }

        /// <summary>The value ids of the post keyed <paramref name="postKey"/>; empty when it has none.</summary>
        public ReadOnlySpan<int> Of(long postKey)
        {
            var at = Find(postKey);
            return at < 0 ? default : _ids.AsSpan(_starts[at], _starts[at + 1] - _starts[at]);
        }

        private void Add(long postKey, int id, int item)
        {
            if (_posts == 0 || _keys[_posts - 1] != postKey)
            {
                if (_posts > 0 && _keys[_posts - 1] > postKey)
                {
                    throw new InvalidOperationException("A list table's rows did not come by post key.");
                }

                if (_posts == _keys.Length)
                {
                    var grown = (int)Math.Min(2L * _posts, Array.MaxLength - 1);
                    Array.Resize(ref _keys, grown);
                    Array.Resize(ref _starts, grown + 1);
                }

                _keys[_posts] = postKey;
                _starts[_posts++] = item;
            }

            if (item == _ids.Length)
            {
                Array.Resize(ref _ids, (int)Math.Min(2L * item, Array.MaxLength));
            }

            _ids[item] = id;
            _starts[_posts] = item + 1;
        }

        /// <summary>The position of <paramref name="key"/> among the posts, or -1: tried where the last lookup ended and
        /// just after or before it (posts read in or against key order), else bisected between there and the end it lies
        /// towards; once that happened <see cref="MissesBeforeMap"/> times and for more than one lookup in eight (posts
        /// whose keys do not follow their time, as the negative keys of ids that are no numbers, ingested in another
        /// order), looked up in a map of the positions.</summary>
        private int Find(long key)
        {
            if (_posts == 0)
            {
                return -1;
            }

            var at = _at;
            if (_keys[at] == key)
            {
                return at;
            }

            _lookups++;
            if (_keys[at] < key && at + 1 < _posts && _keys[at + 1] >= key)
            {
                _at = at + 1;
                return _keys[at + 1] == key ? at + 1 : -1;
            }

            // Just before (the negative keys of ids that are no numbers, ingested in time order, fall as time rises).
            if (_keys[at] > key && at > 0 && _keys[at - 1] <= key)
            {
                _at = at - 1;
                return _keys[at - 1] == key ? at - 1 : -1;
            }

            if (_positions is null && ++_misses >= MissesBeforeMap && _misses > _lookups / 8)
            {
                var positions = new KeyMap(0);
                for (var p = 0; p < _posts; p++)
                {
                    positions.Add(_keys[p], p);
                }

                _positions = positions;
            }

            int found;
            if (_positions is not null)
            {
                found = _positions.TryGetValue(key, out var position) ? position : -1;
                _at = found < 0 ? at : found;
                return found;
            }

            found = _keys[at] < key
                ? Array.BinarySearch(_keys, at + 1, _posts - at - 1, key)
                : Array.BinarySearch(_keys, 0, at, key);
            _at = Math.Clamp(found < 0 ? ~found : found, 0, _posts - 1);
            return found < 0 ? -1 : found;
        }
    }

    /// <summary>A table of keyed values (hashtags or URLs) read whole, in its order, as UTF-8, each row found by key.</summary>
    private sealed class StoredValues
    {
        private readonly TextColumn.Builder _texts = new();
        private readonly KeyMap _rowOfKey = new(RowidTableKeys);

        /// <summary>Steps <paramref name="sql"/>'s (key, value) rows.</summary>
        public static StoredValues Read(sqlite3 db, string sql, CancellationToken cancellationToken)
        {
            var stored = new StoredValues();
            using var statement = new RawStatement(db, sql);
            statement.ForEachRow(
                row =>
                {
                    stored._rowOfKey.Add(row.Int64(0), stored._texts.Count);
                    stored._texts.Add(row.Bytes(1));
                },
                cancellationToken);
            return stored;
        }

        /// <summary>The values of the keys <paramref name="ids"/> numbers, by id, and the ids whose key has no value (null
        /// when none; their value is empty). Called once.</summary>
        public (IReadOnlyList<string> Values, HashSet<int>? Missing) Of(ValueKeys? ids)
        {
            if (ids is null || ids.Count == 0)
            {
                return ([], null);
            }

            // When the ids name at least half the table (a whole store's read), the column shares the table's bytes;
            // else (a lookback's window over a growing store) only the values named are copied, so that what is held
            // is at most twice what is named.
            var shared = 2L * ids.Count >= _texts.Count;
            var named = shared ? _texts : new TextColumn.Builder();
            var rowOfId = new int[ids.Count];
            HashSet<int>? missing = null;
            var empty = -1;
            for (var id = 0; id < ids.Count; id++)
            {
                if (_rowOfKey.TryGetValue(ids.KeyOf(id), out var row))
                {
                    rowOfId[id] = shared ? row : named.Count;
                    if (!shared)
                    {
                        named.Add(_texts.Utf8(row));
                    }

                    continue;
                }

                (missing ??= []).Add(id);
                if (empty < 0)
                {
                    empty = named.Count;
                    named.Add(default(ReadOnlySpan<byte>));
                }

                rowOfId[id] = empty;
            }

            return (new Utf8Values(named.Build(rowOfId)), missing);
        }
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
