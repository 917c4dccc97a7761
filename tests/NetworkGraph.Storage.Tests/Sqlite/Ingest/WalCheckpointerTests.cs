using NetworkGraph.Storage.Sqlite;
using NetworkGraph.Storage.Sqlite.Ingest;

namespace NetworkGraph.Storage.Tests.Sqlite.Ingest;

public sealed class WalCheckpointerTests
{
    [Fact]
    public async Task Copies_committed_pages_into_the_database_file_while_the_writer_keeps_its_connection()
    {
        using var folder = new TempFolder("ng-wal-checkpointer-");
        var path = folder.Combine("store.db");
        using var store = SqliteStore.Open(path);
        using var writer = store.OpenConnection();
        using (var setup = writer.CreateCommand())
        {
            setup.CommandText = "PRAGMA wal_autocheckpoint = 0; PRAGMA wal_checkpoint(TRUNCATE); CREATE TABLE filler (x BLOB)";
            setup.ExecuteNonQuery();
        }

        var before = new FileInfo(path).Length;
        using (var fill = writer.CreateCommand())
        {
            fill.CommandText = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(1000) FROM n";
            fill.ExecuteNonQuery();
        }

        Assert.Equal(before, new FileInfo(path).Length); // committed, but only in the log so far

        var checkpointed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (var checkpointer = new WalCheckpointer(path, () => checkpointed.TrySetResult()))
        {
            checkpointer.Committed();
            await checkpointed.Task.WaitAsync(Patience.Limit);
        }

        Assert.True(new FileInfo(path).Length > before + 1_000_000, $"database file {new FileInfo(path).Length} bytes, was {before}");
    }

    [Fact]
    public void Ignores_commits_once_stopped_and_may_be_stopped_twice()
    {
        using var folder = new TempFolder("ng-wal-checkpointer-");
        var path = folder.Combine("store.db");
        SqliteStore.Open(path).Dispose();
        var checkpointer = new WalCheckpointer(path);

        checkpointer.Dispose();
        checkpointer.Committed();
        checkpointer.Dispose();
    }
}
