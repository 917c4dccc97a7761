using Microsoft.Data.Sqlite;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Copying the write-ahead log into the database file at a moment the caller chooses.</summary>
public sealed partial class SqliteStore
{
    /// <summary>Copies what the write-ahead log holds into the database file, on a thread and a connection of its own;
    /// returns whether the whole log was copied.</summary>
    /// <remarks>A passive checkpoint: it waits for no reader and no writer (opening its connection may wait for a lock
    /// as any connection does) and leaves in the log what a reader that began earlier may still read. Most of its time
    /// is spent waiting for file syncs. A big commit, such as a stored coordination run, is then not copied (and
    /// synced) by whichever later commit the automatic checkpoint falls on. It never fails for SQLite's reasons: when
    /// another checkpoint runs, or the copy fails (a full disk), it returns false and a later commit's automatic
    /// checkpoint copies the log, as it would have anyway.</remarks>
    public Task<bool> CheckpointAsync(CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(
            () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    using var connection = OpenConnection();
                    using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                    using var reader = command.ExecuteReader();
                    // One row: busy (1 when it could not finish), frames in the log, frames copied.
                    return reader.Read() && reader.GetInt64(0) == 0 && reader.GetInt64(1) == reader.GetInt64(2);
                }
                catch (SqliteException)
                {
                    // SQLITE_BUSY or SQLITE_LOCKED (another checkpoint holds the log), or a failure such as a full disk:
                    // the automatic checkpoint of a later commit copies the log then, as it would have without this one.
                    return false;
                }
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
}
