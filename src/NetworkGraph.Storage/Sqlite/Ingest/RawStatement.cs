using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>A prepared statement driven through SQLitePCL directly: on the ingestion hot path this binds UTF-8
/// spans without allocating, which the ADO.NET parameter layer cannot.</summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(sqlite3 db, string sql)
    {
        _db = db;
        Check(db, raw.sqlite3_prepare_v2(db, sql, out _statement));
    }

    public void Bind(int index, long value) => raw.sqlite3_bind_int64(_statement, index, value);

    public void Bind(int index, long? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_int64(_statement, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(_statement, index);
        }
    }

    public void BindNull(int index) => raw.sqlite3_bind_null(_statement, index);

    /// <summary>Binds text; <paramref name="present"/> false binds NULL.</summary>
    public void BindText(int index, ReadOnlySpan<byte> utf8, bool present = true)
    {
        if (!present)
        {
            raw.sqlite3_bind_null(_statement, index);
        }
        else if (utf8.IsEmpty)
        {
            // An empty span pins to a null pointer, which SQLite would store as NULL.
            raw.sqlite3_bind_text(_statement, index, string.Empty);
        }
        else
        {
            raw.sqlite3_bind_text(_statement, index, utf8);
        }
    }

    /// <summary>Runs a statement that returns no rows; returns the rows it changed.</summary>
    public int Run()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            Check(_db, rc);
        }

        return raw.sqlite3_changes(_db);
    }

    /// <summary>Steps a query; true when a row is available. Call <see cref="Reset"/> when done.</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_statement);
            Check(_db, rc);
        }

        return false;
    }

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public void Reset() => raw.sqlite3_reset(_statement);

    public void Dispose() => _statement.Dispose();

    public static void Execute(sqlite3 db, string sql) => Check(db, raw.sqlite3_exec(db, sql));

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
        }
    }
}
