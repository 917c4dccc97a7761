using Microsoft.Data.Sqlite;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Copying the write-ahead log into the database file at a moment the caller chooses.</summary>
public sealed partial class SqliteStore
{
    /// <summary>Copies what the write-ahead log holds into the database file (a passive checkpoint: it waits for no
    /// reader and no writer, and leaves in the log what a reader that began earlier may still read), on a thread and
    /// a connection of its own, since most of its time is spent waiting for file syncs. A big commit, such as a stored
    /// coordination run, is then not copied (and synced) by whichever later commit the automatic checkpoint falls on.
    /// Returns whether the whole log was copied; false also when another checkpoint was running.</summary>
    public Task<bool> CheckpointAsync(CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(
            () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var connection = OpenConnection();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                try
                {
                    using var reader = command.ExecuteReader();
                    // One row: busy (1 when it could not finish), frames in the log, frames copied.
                    return reader.Read() && reader.GetInt64(0) == 0 && reader.GetInt64(1) == reader.GetInt64(2);
                }
                catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
                {
                    return false; // SQLITE_BUSY or SQLITE_LOCKED: another checkpoint holds the log
                }
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
}
