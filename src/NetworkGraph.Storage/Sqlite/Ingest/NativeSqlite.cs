using System.Runtime.InteropServices;

namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>The few SQLite entry points the ingestion hot path calls per row, bound straight to the e_sqlite3 library
/// that Microsoft.Data.Sqlite loads: no safe-handle reference counting per call, and binds that cannot block skip the
/// GC transition. Handles come from SQLitePCL objects that own them and outlive every call.</summary>
internal static unsafe partial class NativeSqlite
{
    /// <summary>Destructor value telling SQLite the bound bytes stay valid until the statement is stepped.</summary>
    public const nint Static = 0;

    /// <summary>Destructor value telling SQLite to copy the bound bytes.</summary>
    public const nint Transient = -1;

    private const string Library = "e_sqlite3";

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    public static partial int BindInt64(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    public static partial int BindNull(nint statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    public static partial int BindText(nint statement, int index, byte* text, int length, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_blob")]
    public static partial int BindBlob(nint statement, int index, byte* data, int length, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_changes")]
    [SuppressGCTransition]
    public static partial int Changes(nint db);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static partial long ColumnInt64(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    [SuppressGCTransition]
    public static partial byte* ColumnBlob(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    public static partial int ColumnBytes(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    public static partial int ColumnType(nint statement, int column);
}
