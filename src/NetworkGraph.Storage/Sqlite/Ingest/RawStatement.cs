using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>A prepared statement driven through SQLite's C API directly: on the ingestion hot path this binds UTF-8
/// spans without allocating or copying, which the ADO.NET parameter layer cannot.</summary>
internal sealed unsafe class RawStatement : IDisposable
{
    // An empty span pins to a null pointer, which SQLite would store as NULL; this one is pinned for good.
    private static readonly byte[] EmptyText = GC.AllocateArray<byte>(1, pinned: true);

    private readonly sqlite3 _db;
    private readonly nint _dbHandle;
    private readonly sqlite3_stmt _statement;
    private readonly nint _handle;

    public RawStatement(sqlite3 db, string sql)
    {
        _db = db;
        _dbHandle = db.DangerousGetHandle();
        Check(db, raw.sqlite3_prepare_v2(db, sql, out _statement));
        _handle = _statement.DangerousGetHandle();
    }

    public void Bind(int index, long value) => NativeSqlite.BindInt64(_handle, index, value);

    public void Bind(int index, long? value)
    {
        if (value is { } v)
        {
            NativeSqlite.BindInt64(_handle, index, v);
        }
        else
        {
            NativeSqlite.BindNull(_handle, index);
        }
    }

    public void BindNull(int index) => NativeSqlite.BindNull(_handle, index);

    public void Bind(int index, double value) => Check(_db, raw.sqlite3_bind_double(_statement, index, value));

    /// <summary>Binds a copy of the text; <paramref name="present"/> false binds NULL.</summary>
    public void BindText(int index, ReadOnlySpan<byte> utf8, bool present = true) => BindText(index, utf8, present, NativeSqlite.Transient);

    /// <summary>Binds text without copying it: <paramref name="utf8"/> must live in memory that neither moves nor changes
    /// until the statement has been stepped (the pinned text buffer of an ingest batch).</summary>
    public void BindPinnedText(int index, ReadOnlySpan<byte> utf8, bool present = true) => BindText(index, utf8, present, NativeSqlite.Static);

    /// <summary>Binds a copy of a non-empty blob.</summary>
    public void BindBlob(int index, ReadOnlySpan<byte> bytes)
    {
        fixed (byte* data = bytes)
        {
            NativeSqlite.BindBlob(_handle, index, data, bytes.Length, NativeSqlite.Transient);
        }
    }

    /// <summary>Runs a statement that returns no rows; returns the rows it changed.</summary>
    public int Run()
    {
        var rc = NativeSqlite.Step(_handle);
        NativeSqlite.Reset(_handle);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            Check(_db, rc);
        }

        return NativeSqlite.Changes(_dbHandle);
    }

    /// <summary>Steps a query; true when a row is available. Call <see cref="Reset"/> when done.</summary>
    public bool Step()
    {
        var rc = NativeSqlite.Step(_handle);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            NativeSqlite.Reset(_handle);
            Check(_db, rc);
        }

        return false;
    }

    /// <summary>Steps a query to its end, handing each row to <paramref name="row"/> (this statement on that row, its
    /// columns valid until the next step), checking for cancellation every 65,536 rows, and resets it after; returns how
    /// many rows there were.</summary>
    public long ForEachRow(Action<RawStatement> row, CancellationToken cancellationToken)
    {
        var rows = 0L;
        try
        {
            while (Step())
            {
                row(this);
                if ((++rows & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        finally
        {
            Reset();
        }

        return rows;
    }

    public long Int64(int column) => NativeSqlite.ColumnInt64(_handle, column);

    /// <summary>The bytes of a column as stored (UTF-8 for text), valid until the next step, reset or column call on
    /// this statement; empty for NULL.</summary>
    public ReadOnlySpan<byte> Bytes(int column)
    {
        var bytes = NativeSqlite.ColumnBlob(_handle, column); // blob first, then its length, as SQLite documents
        return bytes is null ? default : new ReadOnlySpan<byte>(bytes, NativeSqlite.ColumnBytes(_handle, column));
    }

    public bool IsNull(int column) => NativeSqlite.ColumnType(_handle, column) == raw.SQLITE_NULL;

    public void Reset() => NativeSqlite.Reset(_handle);

    public void Dispose() => _statement.Dispose();

    public static void Execute(sqlite3 db, string sql) => Check(db, raw.sqlite3_exec(db, sql));

    private void BindText(int index, ReadOnlySpan<byte> utf8, bool present, nint destructor)
    {
        if (!present)
        {
            NativeSqlite.BindNull(_handle, index);
            return;
        }

        fixed (byte* text = utf8.IsEmpty ? EmptyText : utf8)
        {
            NativeSqlite.BindText(_handle, index, text, utf8.Length, utf8.IsEmpty ? NativeSqlite.Static : destructor);
        }
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
        }
    }
}
