using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Storage.Tests.Sqlite;

/// <summary>What a checkpoint asked for by the caller copies into the database file, and what it leaves.</summary>
public sealed class SqliteStoreCheckpointTests
{
    private const string Fill =
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(1000) FROM n";

    [Fact]
    public async Task A_checkpoint_copies_the_committed_log_into_the_database_file()
    {
        using var folder = new TempFolder("ng-checkpoint-");
        var path = folder.Combine("store.db");
        using var store = SqliteStore.Open(path);
        using var writer = LogOnlyWriter(store);
        Execute(writer, Fill);
        var before = new FileInfo(path).Length;

        Assert.True(await store.CheckpointAsync());

        Assert.True(new FileInfo(path).Length > before + 1_000_000, $"database file {new FileInfo(path).Length} bytes, was {before}");
        Assert.True(await store.CheckpointAsync()); // nothing left to copy
    }

    [Fact]
    public async Task A_checkpoint_leaves_in_the_log_what_a_reader_that_began_earlier_may_still_read()
    {
        using var folder = new TempFolder("ng-checkpoint-");
        var path = folder.Combine("store.db");
        using var store = SqliteStore.Open(path);
        using var writer = LogOnlyWriter(store);
        using var reader = store.OpenConnection();
        using var read = reader.BeginTransaction(deferred: true);
        Assert.Equal(0L, Scalar(reader, "SELECT count(*) FROM filler")); // the read begins before the write
        Execute(writer, Fill);
        var before = new FileInfo(path).Length;

        Assert.False(await store.CheckpointAsync());
        Assert.Equal(before, new FileInfo(path).Length);

        read.Commit();
        Assert.True(await store.CheckpointAsync());
        Assert.True(new FileInfo(path).Length > before + 1_000_000);
    }

    [Fact]
    public async Task A_checkpoint_that_cannot_reach_the_store_returns_false_instead_of_failing()
    {
        var folder = new TempFolder("ng-checkpoint-");
        var store = SqliteStore.Open(folder.Combine("store.db"));
        store.Dispose();
        folder.Dispose(); // the folder, and the store in it, are gone

        Assert.False(await store.CheckpointAsync());
    }

    /// <summary>A connection whose commits stay in the log (no automatic checkpoint), on a store whose log is empty
    /// and which has an empty table to fill.</summary>
    private static Microsoft.Data.Sqlite.SqliteConnection LogOnlyWriter(SqliteStore store)
    {
        var writer = store.OpenConnection();
        Execute(writer, "PRAGMA wal_autocheckpoint = 0; PRAGMA wal_checkpoint(TRUNCATE); CREATE TABLE filler (x BLOB)");
        return writer;
    }

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
