using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite.Ingest;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The analysis' reads: posts as column chunks for the share table, and the posts and accounts of chosen
/// accounts for the cluster stage, so that no read holds the whole collection as objects.</summary>
public sealed partial class SqliteStore
{
    /// <summary>How many posts there are (at or after <paramref name="sinceUnixSeconds"/> when given), counted on its own
    /// read connection (see <see cref="ReadSnapshot.OpenForScan"/>).</summary>
    public async Task<long> CountPostsAsync(long? sinceUnixSeconds, CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask; // the count is synchronous on the caller's thread
        cancellationToken.ThrowIfCancellationRequested();
        using var snapshot = ReadSnapshot.OpenForScan(Path);

        // Without a time, SQLite counts the rows of the smallest index instead of walking the time index.
        using var count = new RawStatement(snapshot.Db, sinceUnixSeconds is null ? "SELECT count(*) FROM posts" : "SELECT count(*) FROM posts p WHERE p.time >= ?1");
        if (sinceUnixSeconds is { } since)
        {
            count.Bind(1, since);
        }

        count.Step();
        return count.Int64(0);
    }

    /// <summary>Posts (at or after <paramref name="sinceUnixSeconds"/> when given) in column chunks of up to
    /// <paramref name="chunkSize"/>, ordered by time then key as <see cref="ReadPostsAsync"/>, with only the columns
    /// <paramref name="columns"/> asks for. Each chunk is taken from <paramref name="recycled"/> when it holds one (the
    /// caller puts chunks back there once done with them), else it is new.</summary>
    /// <remarks>Rows are read through SQLite's C API on a connection of the read's own, in one read transaction: texts
    /// go from SQLite's UTF-8 straight into the chunk's character buffer and numeric ids stay numbers; hashtags, URLs
    /// and mentions are read from their tables beforehand as keys (see <see cref="PostLists"/>), so a row costs no
    /// string and no query of its own; with two or more <paramref name="threads"/> those tables are read on two
    /// connections at once.</remarks>
    public async IAsyncEnumerable<PostBatch> ReadPostBatchesAsync(
        PostBatchColumns columns,
        long? sinceUnixSeconds = null,
        int chunkSize = 16_384,
        ConcurrentQueue<PostBatch>? recycled = null,
        int threads = 1,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        await Task.CompletedTask; // the read is synchronous on the caller's thread (analyze runs it on one of its own)
        var since = sinceUnixSeconds ?? long.MinValue;
        var listed = columns & (PostBatchColumns.Hashtags | PostBatchColumns.Urls | PostBatchColumns.Mentions);
        // A second connection reads the hashtag and URL tables (and the hashtags' lists beside another list) while the
        // other lists are read (see PostLists.Read).
        var (snapshot, beside) = threads > 1 && (listed & (PostBatchColumns.Hashtags | PostBatchColumns.Urls)) != 0
            ? ReadSnapshot.OpenPair(Path)
            : (ReadSnapshot.Open(Path), null);
        using var read = snapshot;
        PostLists? lists;
        var accounts = new Lazy<AccountIdsByKey>(() => AccountIdsByKey.Read(snapshot.Db, cancellationToken), LazyThreadSafetyMode.None);
        using (beside)
        {
            // The lists read the accounts on this connection once the second one is at work.
            lists = listed != 0 ? PostLists.Read(snapshot, beside, columns, accounts, sinceUnixSeconds, cancellationToken) : null;
        }

        // Only posts whose id is not a canonical number have a post_ids row: when none has, the joins are left out (a
        // fifth of the statement's work on a collection of platform ids).
        var anyIds = AnyPostIds(snapshot.Db);
        using var statement = new RawStatement(snapshot.Db, $"""
            SELECT p.post_key, {(anyIds ? "pi.post_id" : "NULL")}, p.author_key, p.time, p.kind, p.ref_post_key,
                   {(anyIds ? "ri.post_id" : "NULL")}, p.ref_author_key, {(columns.HasFlag(PostBatchColumns.Text) ? "p.text" : "NULL")}
            FROM posts p
            {(anyIds ? "LEFT JOIN post_ids pi ON pi.post_key = p.post_key LEFT JOIN post_ids ri ON ri.post_key = p.ref_post_key" : string.Empty)}
            WHERE p.time >= ?1
            ORDER BY p.time, p.post_key
            """);
        try
        {
            statement.Bind(1, since);
            while (true)
            {
                var batch = NextBatch(recycled, chunkSize);
                var more = Fill(statement, accounts.Value, lists, batch);
                if (batch.Count > 0)
                {
                    yield return batch;
                }

                if (!more)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            statement.Reset();
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

    /// <summary>Whether any post has a post_ids row (an id that is not a canonical number): without one, reads leave
    /// out their joins with post_ids, which would give nothing.</summary>
    private static bool AnyPostIds(SQLitePCL.sqlite3 db)
    {
        using var probe = new RawStatement(db, "SELECT EXISTS (SELECT 1 FROM post_ids)");
        try
        {
            return probe.Step() && probe.Int64(0) != 0;
        }
        finally
        {
            probe.Reset();
        }
    }

    private static PostBatch NextBatch(ConcurrentQueue<PostBatch>? recycled, int chunkSize)
    {
        if (recycled is not null && recycled.TryDequeue(out var batch) && batch.Capacity == chunkSize)
        {
            batch.Clear();
            return batch;
        }

        return new PostBatch(chunkSize);
    }

    /// <summary>Steps the query into <paramref name="batch"/> until it is full (true) or the rows run out (false).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Fill(RawStatement statement, AccountIdsByKey accounts, PostLists? lists, PostBatch batch)
    {
        while (batch.Count < batch.Capacity)
        {
            if (!statement.Step())
            {
                return false;
            }

            var i = batch.Count++;
            ReadRow(statement, accounts, batch, i);
            lists?.Fill(batch.Keys[i], batch, i);
        }

        return true;
    }

    private static void ReadRow(RawStatement row, AccountIdsByKey accounts, PostBatch batch, int i)
    {
        var key = row.Int64(0);
        batch.Keys[i] = key;
        batch.Ids[i] = row.IsNull(1) ? (key < 0 ? key.ToString(CultureInfo.InvariantCulture) : null) : Utf8(row.Bytes(1));
        var author = row.Int64(2);
        batch.AuthorKeys[i] = author;
        batch.AuthorIds[i] = accounts.Get(author);
        batch.UnixSeconds[i] = row.Int64(3);
        batch.Kinds[i] = (PostKind)row.Int64(4);
        if (row.IsNull(5))
        {
            batch.SetReference(i, (string?)null);
        }
        else if (row.IsNull(6))
        {
            batch.SetReference(i, row.Int64(5));
        }
        else
        {
            batch.SetReference(i, Utf8(row.Bytes(6)));
        }

        batch.ReferencedAuthorIds[i] = row.IsNull(7) ? null : accounts.Find(row.Int64(7));
        if (row.IsNull(8))
        {
            batch.SetText(i, (string?)null);
        }
        else
        {
            batch.SetText(i, row.Bytes(8));
        }
    }

    private static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
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
