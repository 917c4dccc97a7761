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
    public Task<ClusterPosts> ReadClusterPostsAsync(
        IReadOnlyCollection<string> accountIds, long? sinceUnixSeconds = null, CancellationToken cancellationToken = default) =>
        ReadClusterPostsAsync(accountIds, sinceUnixSeconds, 1, cancellationToken);

    /// <summary>The posts of the accounts <paramref name="accountIds"/> (at or after <paramref name="sinceUnixSeconds"/>
    /// when given) as columns, row for row what <see cref="ReadPostsOfAccountsAsync"/> gives, in its order, read on up to
    /// <paramref name="threads"/> threads (the same columns for any count).</summary>
    /// <remarks>Rows are read through SQLite's C API on connections of the read's own (no SQLite mutex per call): texts
    /// go from SQLite's UTF-8 into the table's text buffers (a retweet shares its original's bytes), languages
    /// are interned from their bytes and ids that are numbers stay numbers, so a row costs no string. The posts table is
    /// scanned once, its rows copied out in chunks; with a second thread the chunks are added to the columns on that one
    /// while the scan goes on, and the mentions, hashtags and URLs are read up to that many tables at a time.</remarks>
    public async Task<ClusterPosts> ReadClusterPostsAsync(
        IReadOnlyCollection<string> accountIds, long? sinceUnixSeconds, int threads, CancellationToken cancellationToken) =>
        (await ReadClusterAsync(accountIds, sinceUnixSeconds, threads, profiles: false, cancellationToken)).Posts;

    /// <summary>The posts of the accounts <paramref name="accountIds"/> as <see cref="ReadClusterPostsAsync(IReadOnlyCollection{string}, long?, int, CancellationToken)"/>
    /// gives them, and the profiles of the accounts they name (the chosen accounts, the authors their posts refer to and
    /// the accounts they mention) as <see cref="ReadAccountsByIdAsync"/> gives them; with two or more
    /// <paramref name="threads"/> the profiles are read on a connection of their own while the posts' strings are pooled.</summary>
    public Task<(ClusterPosts Posts, IReadOnlyList<Account> Accounts)> ReadClusterPostsAndAccountsAsync(
        IReadOnlyCollection<string> accountIds, long? sinceUnixSeconds, int threads, CancellationToken cancellationToken) =>
        ReadClusterAsync(accountIds, sinceUnixSeconds, threads, profiles: true, cancellationToken);

    private async Task<(ClusterPosts Posts, IReadOnlyList<Account> Accounts)> ReadClusterAsync(
        IReadOnlyCollection<string> accountIds, long? sinceUnixSeconds, int threads, bool profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var authorKeys = new HashSet<long>();
        using (var statement = new RawStatement(
            _connection.Handle!, "SELECT account_key FROM accounts WHERE account_id IN (SELECT value FROM json_each(?1))"))
        {
            statement.BindText(1, Encoding.UTF8.GetBytes(Newtonsoft.Json.JsonConvert.SerializeObject(accountIds)));
            while (statement.Step())
            {
                authorKeys.Add(statement.Int64(0));
            }

            statement.Reset();
        }

        var rows = ReadPostRows(authorKeys, sinceUnixSeconds ?? long.MinValue, threads, cancellationToken);

        // Read in key order (one pass over the table, not a lookup per row through the time index), then put in the
        // object read's order: by time, then key. Each read column is let go once its rows are placed, so the read
        // and the placed columns are not all held at once. The columns that need no pool are placed on a second
        // thread meanwhile.
        var (order, seconds) = rows.TimeThenKeyOrder();
        var ticks = UtcTicks(seconds);
        rows.ReadEntityKeys(Path, threads, cancellationToken);
        var rowOfRead = new int[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            rowOfRead[order[k]] = k;
        }

        // With a second thread the URLs (a hundred thousand distinct ones at 1 M posts, a million at 10 M) are read
        // meanwhile, on a read snapshot and a thread of their own (one more than the threads asked for: it mostly waits
        // on SQLite; a URL's key never changes its value), and the columns that need no pool are placed, while the
        // mentions and hashtags are.
        var urls = rows.TakeEntityKeys(2, rowOfRead);
        var linking = threads > 1
            ? Task.Factory.StartNew(() => Links(Path, urls.Values, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null;
        var placing = Task.Run(() => (rows.TakeIds(order), rows.TakeKinds(order), rows.TakeTexts(order), rows.TakeReferencedIds(order)), cancellationToken);
        Task<List<Account>>? reading = null;
        try
        {
            if (threads == 1)
            {
                await placing;
            }

            var (mentions, hashtags) = (rows.TakeEntityKeys(0, rowOfRead), rows.TakeEntityKeys(1, rowOfRead));

            // Pool indexes: authors first (in row order), then referenced authors, languages, mentions, hashtags and URLs;
            // each account key is looked up once.
            var pool = new StringPool();
            var accountKeys = rows.AccountKeys(authorKeys, mentions.Values);
            var accountIdsByKey = KeyedValues.Read(_connection.Handle!, "accounts", "account_key", "account_id", accountKeys, cancellationToken);

            // The accounts named are those of these keys that have a row: the chosen ones, and the referenced and
            // mentioned ones found above.
            reading = profiles && threads > 1 ? Task.Run(() => ProfilesOfKeys(accountKeys, ownConnection: true, cancellationToken), cancellationToken) : null;
            var accountIndexes = new PooledKeys(accountIdsByKey, pool);
            var authors = rows.TakeAuthors(order, k => accountIndexes.IndexOf(k) is var a && a >= 0 ? a : throw new KeyNotFoundException($"No account has the key {k}."));
            var referencedAuthors = rows.TakeReferencedAuthors(order, k => k != NoKey ? accountIndexes.IndexOf(k) : -1);
            var languages = rows.TakeLanguages(order, pool);
            var tags = KeyedValues.Read(_connection.Handle!, "hashtags", "hashtag_key", "tag", hashtags.Values, cancellationToken);
            var links = linking is not null ? await linking : Urls(_connection.Handle!, urls.Values, cancellationToken);
            var (mentioned, tagged, linked) = (mentions.Interned(accountIndexes), hashtags.Interned(new PooledKeys(tags, pool)), urls.Interned(new PooledKeys(links, pool)));
            var (ids, kinds, texts, referencedIds) = await placing;
            var posts = new ClusterPosts(pool.Strings, ids, authors, ticks, kinds, languages, texts, referencedIds, referencedAuthors, mentioned, tagged, linked)
            {
                IdsUnique = true, // ids are keys
                InStoreOrder = true, // by time, then key; the pool interned column by column, each in row order
            };
            var accounts = reading is not null ? await reading : profiles ? await ProfilesOfKeys(accountKeys, ownConnection: false, cancellationToken) : [];
            return (posts, accounts);
        }
        catch (Exception)
        {
            // The read failed (or was cancelled): the tasks beside it end first (the URLs' read transaction among them),
            // their own errors left unreported for this one.
            try
            {
                await Task.WhenAll(new Task?[] { linking, placing, reading }.OfType<Task>());
            }
            catch (Exception)
            {
                // This read's own error is the one reported.
            }

            throw;
        }
    }

    /// <summary>The posts of the authors <paramref name="authorKeys"/> at or after <paramref name="since"/>, in key order:
    /// one scan of the table, every column at once. The scan copies the clustered authors' rows out of SQLite in chunks;
    /// with a second thread the chunks are added to the columns there while the scan steps on (the scan's thread then
    /// only steps SQLite and copies), else in turn. (A second scan of the texts on another thread and snapshot cost
    /// 0.2-0.4 s more CPU at 1 M posts.) The scan leaves out the joins with post_ids when no post has a row there: they
    /// would give nothing for every row scanned.</summary>
    private PostRows ReadPostRows(HashSet<long> authorKeys, long since, int threads, CancellationToken cancellationToken)
    {
        var authors = KeySet.Of(authorKeys);
        using var snapshot = ReadSnapshot.OpenForScan(Path);
        var anyIds = AnyPostIds(snapshot.Db);
        using var statement = new RawStatement(snapshot.Db, $"""
            SELECT p.post_key, {(anyIds ? "pi.post_id" : "NULL")}, p.author_key, p.time, p.kind, p.ref_post_key,
                   {(anyIds ? "ri.post_id" : "NULL")}, p.ref_author_key, p.language, p.text
            FROM posts p NOT INDEXED
            {(anyIds ? "LEFT JOIN post_ids pi ON pi.post_key = p.post_key LEFT JOIN post_ids ri ON ri.post_key = p.ref_post_key" : string.Empty)}
            WHERE p.time >= ?1
            """);
        var rows = new PostRows();
        if (threads == 1)
        {
            Scan(
                (full, _) =>
                {
                    rows.Add(full);
                    full.Clear();
                    return full;
                },
                cancellationToken);
            return rows;
        }

        // With a second thread the chunks are added there, beside the scan: the rows' columns are written by that
        // thread only.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var filled = new System.Collections.Concurrent.BlockingCollection<ClusterRowChunk>(boundedCapacity: 4);
        var spare = new System.Collections.Concurrent.ConcurrentQueue<ClusterRowChunk>();
        var adding = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var done in filled.GetConsumingEnumerable(stop.Token))
                    {
                        rows.Add(done);
                        done.Clear();
                        spare.Enqueue(done);
                    }
                }
                catch (Exception)
                {
                    stop.Cancel(); // the scan then stops handing over chunks
                    throw;
                }
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            Scan(
                (full, last) =>
                {
                    filled.Add(full, stop.Token);
                    return last ? null : spare.TryDequeue(out var reused) ? reused : new ClusterRowChunk();
                },
                stop.Token);
            filled.CompleteAdding();
            adding.GetAwaiter().GetResult();
            return rows;
        }
        catch (Exception)
        {
            // The first error is reported: the adding thread's, when it stopped the scan, else the scan's own.
            stop.Cancel();
            Task.WaitAny([adding], CancellationToken.None);
            if (adding.IsFaulted && adding.Exception!.InnerException is { } added and not OperationCanceledException)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(added);
            }

            cancellationToken.ThrowIfCancellationRequested(); // the caller's cancellation, with the caller's token
            throw;
        }

        // Every row stepped; the clustered authors' rows copied into chunks, each full one handed to 'hand' (and the
        // last one, marked so), which returns the chunk to fill next.
        void Scan(Func<ClusterRowChunk, bool, ClusterRowChunk?> hand, CancellationToken stopping)
        {
            var chunk = new ClusterRowChunk();
            statement.Bind(1, since);
            statement.ForEachRow(
                row =>
                {
                    if (authors.Contains(row.Int64(2)))
                    {
                        chunk.Add(row);
                        if (chunk.IsFull)
                        {
                            chunk = hand(chunk, false)!;
                        }
                    }
                },
                stopping);
            if (chunk.Count > 0)
            {
                hand(chunk, true);
            }
        }
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

    /// <summary>The URLs of <paramref name="keys"/> by key, read on a read snapshot of their own (so on any thread) with a
    /// small cache: a read of the key range passes each page once.</summary>
    private static Dictionary<long, string> Links(string path, IEnumerable<long> keys, CancellationToken cancellationToken)
    {
        using var snapshot = ReadSnapshot.OpenForScan(path);
        return Urls(snapshot.Db, keys, cancellationToken);
    }

    /// <summary>The profiles of the accounts of <paramref name="keys"/> that have one, as <see cref="ReadAccountsByIdAsync"/>
    /// gives them (by key), read on a connection of their own when <paramref name="ownConnection"/> (so on any thread),
    /// else on the store's.</summary>
    private async Task<List<Account>> ProfilesOfKeys(long[] keys, bool ownConnection, CancellationToken cancellationToken)
    {
        await using var connection = ownConnection ? SqliteConnections.Open(Path, readOnly: true) : null;
        return await ReadAccountsWhereAsync(
            "WHERE a.account_key IN (SELECT value FROM json_each($ids))",
            Newtonsoft.Json.JsonConvert.SerializeObject(keys),
            cancellationToken,
            connection).ToListAsync(cancellationToken);
    }

    /// <summary>The URLs of <paramref name="keys"/> by key, read on <paramref name="db"/>.</summary>
    private static Dictionary<long, string> Urls(SQLitePCL.sqlite3 db, IEnumerable<long> keys, CancellationToken cancellationToken) =>
        KeyedValues.Read(db, "urls", "url_key", "url", keys, cancellationToken);

    /// <summary>The rows of the post read, column by column, in the order read; each column is handed over (and let
    /// go) once, in the order of the result.</summary>
    private sealed class PostRows
    {
        /// <summary>A retweet carries its original's text: the row that first held each retweeted post's text.</summary>
        private readonly Dictionary<long, int> _retweetTextRow = [];

        /// <summary>The tables of what posts carry, by entity: mentions, hashtags, URLs.</summary>
        private static readonly string[] EntityTables =
        [
            PostLists.ListSql("post_mentions", "account_key", null),
            PostLists.ListSql("post_hashtags", "hashtag_key", null),
            PostLists.ListSql("post_urls", "url_key", null),
        ];

        private readonly StringPool _languages = new();

        /// <summary>Per entity table, the read row and value key of each of its rows for the posts read, by post, then
        /// value key.</summary>
        private readonly (BlockList<int> Rows, BlockList<long> Values)[] _entities = [(new(), new()), (new(), new()), (new(), new())];
        private BlockList<long> _keys = new();
        private PostIdColumn.Builder _ids = new();
        private BlockList<long> _authorKeys = new();
        private BlockList<long> _unixSeconds = new();
        private BlockList<PostKind> _kinds = new();
        private PostIdColumn.Builder _referencedIds = new();
        private BlockList<long> _referencedAuthorKeys = new();

        /// <summary>Languages as indexes into <see cref="_languages"/>, -1 for none.</summary>
        private BlockList<int> _languageIndexes = new();
        private TextColumn.Builder _texts = new();

        public int Count => _keys.Count;

        /// <summary>Reads the mentions, hashtags and URLs of the rows read (the keys are let go), each table on a
        /// connection of its own, up to <paramref name="threads"/> at once: each table's rows (in key order) joined with
        /// the rows' keys in one pass.</summary>
        public void ReadEntityKeys(string path, int threads, CancellationToken cancellationToken)
        {
            // The table is scanned in key order; sorted should the scan ever come otherwise.
            var posts = Sqlite.KeyRows.Of(Take(ref _keys).MoveToArray());
            Parallel.For(0, EntityTables.Length, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, e =>
            {
                using var snapshot = ReadSnapshot.OpenForScan(path);
                var (rows, values) = _entities[e];
                posts.Join(snapshot.Db, EntityTables[e], (row, key) =>
                {
                    rows.Add(row);
                    values.Add(key);
                }, cancellationToken);
            });
        }

        /// <summary>The value keys of entity table <paramref name="entity"/> per result row, read row r being result
        /// row <paramref name="rowOfRead"/>[r]; a post's values stay in key order.</summary>
        public EntityKeys TakeEntityKeys(int entity, int[] rowOfRead)
        {
            var (rows, values) = _entities[entity];
            _entities[entity] = (new(), new());

            // A counting sort by row keeps each post's values in the order read.
            var starts = new int[rowOfRead.Length + 1];
            for (var k = 0; k < rows.Count; k++)
            {
                starts[rowOfRead[rows[k]] + 1]++;
            }

            for (var r = 0; r < rowOfRead.Length; r++)
            {
                starts[r + 1] += starts[r];
            }

            var next = starts[..^1];
            var sorted = new long[rows.Count];
            for (var k = 0; k < rows.Count; k++)
            {
                sorted[next[rowOfRead[rows[k]]]++] = values[k];
            }

            return new EntityKeys(starts, sorted);
        }

        /// <summary>The rows in time order, then key order (entry k is the read row that comes k-th), and the times
        /// (Unix seconds) in that order.</summary>
        public (int[] Order, long[] Seconds) TimeThenKeyOrder()
        {
            _retweetTextRow.Clear();
            _retweetTextRow.TrimExcess();
            var order = Enumerable.Range(0, Count).ToArray();
            var keys = _keys;
            var seconds = Take(ref _unixSeconds).MoveToArray();
            RowOrder.Sort(seconds, order, (x, y) => keys[x].CompareTo(keys[y]));
            return (order, seconds);
        }

        /// <summary>The distinct account keys of <paramref name="authors"/> (every author read is one of them), the
        /// referenced authors and <paramref name="mentioned"/>.</summary>
        public long[] AccountKeys(IReadOnlySet<long> authors, IEnumerable<long> mentioned)
        {
            var keys = new HashSet<long>(authors);
            keys.UnionWith(mentioned);

            for (var r = 0; r < _referencedAuthorKeys.Count; r++)
            {
                if (_referencedAuthorKeys[r] != NoKey)
                {
                    keys.Add(_referencedAuthorKeys[r]);
                }
            }

            return [.. keys];
        }

        /// <summary>The authors in <paramref name="order"/>, each key mapped by <paramref name="index"/> in that order.</summary>
        public int[] TakeAuthors(int[] order, Func<long, int> index) => Mapped(Take(ref _authorKeys), order, index);

        /// <summary>The referenced authors (<see cref="NoKey"/> for none) in <paramref name="order"/>, each key mapped by
        /// <paramref name="index"/> in that order.</summary>
        public int[] TakeReferencedAuthors(int[] order, Func<long, int> index) => Mapped(Take(ref _referencedAuthorKeys), order, index);

        /// <summary>The languages in <paramref name="order"/> as indexes of <paramref name="pool"/> (interned in that
        /// order), -1 for none.</summary>
        public int[] TakeLanguages(int[] order, StringPool pool)
        {
            var poolIndexes = new int[_languages.Strings.Count];
            Array.Fill(poolIndexes, -1);
            var languages = Take(ref _languageIndexes).Permuted(order);
            for (var k = 0; k < languages.Length; k++)
            {
                if (languages[k] >= 0)
                {
                    ref var index = ref poolIndexes[languages[k]];
                    languages[k] = index = index >= 0 ? index : pool.Intern(_languages.Strings[languages[k]]);
                }
            }

            return languages;
        }

        /// <summary>The post ids in <paramref name="order"/>; the column is handed over once and let go.</summary>
        public PostIdColumn TakeIds(int[] order) => Take(ref _ids).Build(order);

        /// <summary>The post kinds in <paramref name="order"/>; the column is handed over once and let go.</summary>
        public PostKind[] TakeKinds(int[] order) => Take(ref _kinds).Permuted(order);

        /// <summary>The texts in <paramref name="order"/>; the column is handed over once and let go.</summary>
        public TextColumn TakeTexts(int[] order) => Take(ref _texts).Build(order);

        /// <summary>The referenced post ids in <paramref name="order"/>; the column is handed over once and let go.</summary>
        public PostIdColumn TakeReferencedIds(int[] order) => Take(ref _referencedIds).Build(order);

        /// <summary>Appends the rows of <paramref name="chunk"/>, in its order.</summary>
        public void Add(ClusterRowChunk chunk)
        {
            for (var k = 0; k < chunk.Count; k++)
            {
                var key = chunk.Key(k);
                _keys.Add(key);
                if (chunk.TryGetId(k, out var id))
                {
                    _ids.Add(Encoding.UTF8.GetString(id));
                }
                else
                {
                    _ids.Add(key);
                }

                _authorKeys.Add(chunk.AuthorKey(k));
                _unixSeconds.Add(chunk.UnixSeconds(k));
                var kind = chunk.Kind(k);
                _kinds.Add(kind);
                var referenced = chunk.ReferencedKey(k);
                if (referenced is not { } r)
                {
                    _referencedIds.Add(null);
                }
                else if (chunk.TryGetReferencedId(k, out var referencedId))
                {
                    _referencedIds.Add(Encoding.UTF8.GetString(referencedId));
                }
                else
                {
                    _referencedIds.Add(r);
                }

                _referencedAuthorKeys.Add(chunk.ReferencedAuthorKey(k));
                _languageIndexes.Add(chunk.TryGetLanguage(k, out var language) ? Language(language) : -1);
                AddText(chunk.TextOf(k), kind == PostKind.Retweet ? referenced : null);
            }
        }

        /// <summary>Appends a text: a retweet shares the bytes of an earlier retweet of the same post when they are the
        /// same; bytes that are not valid UTF-8 are stored as the string SQLite's text reading decodes from them.</summary>
        private void AddText(ReadOnlySpan<byte> utf8, long? retweeted)
        {
            if (retweeted is { } original)
            {
                ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_retweetTextRow, original, out var seen);
                if (seen && _texts.Utf8(first).SequenceEqual(utf8))
                {
                    _texts.AddSameAs(first);
                    return;
                }

                if (!seen)
                {
                    first = _texts.Count;
                }
            }

            if (System.Text.Unicode.Utf8.IsValid(utf8))
            {
                _texts.Add(utf8);
            }
            else
            {
                _texts.Add(Encoding.UTF8.GetString(utf8));
            }
        }

        /// <summary>The column, let go by the rows (an empty one takes its place).</summary>
        private static T Take<T>(ref T column)
            where T : new()
        {
            var taken = column;
            column = new T();
            return taken;
        }

        private static int[] Mapped(BlockList<long> keys, int[] order, Func<long, int> index)
        {
            var result = new int[order.Length];
            for (var k = 0; k < order.Length; k++)
            {
                result[k] = index(keys[order[k]]);
            }

            return result;
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
        public RaggedColumn Interned(PooledKeys strings)
        {
            var starts = new int[Starts.Length];
            var values = new int[Values.Length];
            var count = 0;
            for (var r = 0; r + 1 < Starts.Length; r++)
            {
                for (var k = Starts[r]; k < Starts[r + 1]; k++)
                {
                    if (strings.IndexOf(Values[k]) is var index && index >= 0)
                    {
                        values[count++] = index;
                    }
                }

                starts[r + 1] = count;
            }

            return new RaggedColumn(starts, count == values.Length ? values : values[..count]);
        }
    }

    /// <summary>The pool indexes of keyed strings (account ids, hashtags, URLs by key), each key looked up and interned
    /// once.</summary>
    private sealed class PooledKeys(Dictionary<long, string> strings, StringPool pool)
    {
        private readonly Dictionary<long, int> _indexes = new(strings.Count);

        /// <summary>The pool index of the key's string, interned on first use; -1 when no string has the key.</summary>
        public int IndexOf(long key)
        {
            ref var index = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_indexes, key, out var seen);
            if (!seen)
            {
                index = strings.TryGetValue(key, out var value) ? pool.Intern(value) : -1;
            }

            return index;
        }
    }
}
