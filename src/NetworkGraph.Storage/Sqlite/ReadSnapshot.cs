using Microsoft.Data.Sqlite;
using NetworkGraph.Storage.Sqlite.Ingest;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>A connection of its own for one long read made of several queries: they all see the store as it was when
/// the first began (one read transaction), and the connection takes no SQLite mutex per call, as only one thread at a
/// time uses it (the read's).</summary>
internal sealed class ReadSnapshot : IDisposable
{
    private bool _began;

    private ReadSnapshot(sqlite3 db)
    {
        Db = db;
    }

    /// <summary>The connection, for <see cref="RawStatement"/>s of this read.</summary>
    public sqlite3 Db { get; }

    /// <summary>Opens the store at <paramref name="path"/> and begins the read transaction.</summary>
    public static ReadSnapshot Open(string path) => Open(path, "BEGIN");

    /// <summary>As <see cref="Open(string)"/>, with a small page cache for a read that passes each page once: a larger
    /// cache would only fill with memory touched for the first time (a count of 1 M posts took 0.1 s on the store's
    /// connection, whose cache is 64 MB, and 0.02 s with this one).</summary>
    public static ReadSnapshot OpenForScan(string path) => Open(path, "BEGIN", cacheKiB: 2048);

    /// <summary>Opens two connections whose reads see the store in one and the same state, for a read split over two
    /// threads: a third connection holds the store's write lock while both begin (no write can commit in between). The
    /// second is null when the lock is not free at once (a writer is at work: the store is not waited for) or cannot be
    /// taken (a read-only store); the caller then reads everything on the first. <paramref name="betweenBegins"/> runs
    /// after the first has begun and before the second does (for tests: a write tried there must wait).</summary>
    public static (ReadSnapshot Read, ReadSnapshot? Beside) OpenPair(string path, Action? betweenBegins = null)
    {
        // Each read transaction starts with its first read, here of the schema.
        const string Begin = "BEGIN; SELECT count(*) FROM sqlite_schema";
        sqlite3? locker = null;
        try
        {
            if (raw.sqlite3_open_v2(path, out locker, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_NOMUTEX, null) != raw.SQLITE_OK
                || raw.sqlite3_exec(locker, "BEGIN IMMEDIATE") != raw.SQLITE_OK)
            {
                return (Open(path, Begin), null);
            }

            var read = Open(path, Begin);
            try
            {
                betweenBegins?.Invoke();
                return (read, Open(path, Begin));
            }
            catch
            {
                read.Dispose();
                throw;
            }
        }
        finally
        {
            if (locker is not null)
            {
                raw.sqlite3_exec(locker, "ROLLBACK");
                locker.Dispose();
            }
        }
    }

    private static ReadSnapshot Open(string path, string begin, int cacheKiB = 16384)
    {
        var rc = raw.sqlite3_open_v2(path, out var db, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_NOMUTEX, null);
        if (rc != raw.SQLITE_OK)
        {
            var message = db is null ? $"cannot open {path}" : raw.sqlite3_errmsg(db).utf8_to_string();
            db?.Dispose();
            throw new SqliteException(message, rc);
        }

        var snapshot = new ReadSnapshot(db);
        try
        {
            raw.sqlite3_busy_timeout(db, 60_000);
            RawStatement.Execute(db, $"PRAGMA cache_size = -{cacheKiB}; PRAGMA temp_store = MEMORY; {begin}");
            snapshot._began = true;
            return snapshot;
        }
        catch
        {
            snapshot.Dispose();
            throw;
        }
    }

    /// <summary>Ends the read transaction and closes the connection.</summary>
    public void Dispose()
    {
        if (_began)
        {
            _began = false;
            raw.sqlite3_exec(Db, "COMMIT");
        }

        Db.Dispose();
    }
}
