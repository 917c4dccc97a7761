using Microsoft.Data.Sqlite;

namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>Copies the write-ahead log back into the database on its own thread and connection while a bulk load
/// goes on, so the loading thread never waits for a checkpoint and its file syncs. Each <see cref="Committed"/> asks
/// for one passive checkpoint (which never blocks the writer); a checkpoint is crash-safe by SQLite's design, so
/// killing the process mid-way loses nothing.</summary>
internal sealed class WalCheckpointer : IDisposable
{
    private readonly Action? _checkpointed;
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _pending = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private bool _stopped;

    /// <summary>Starts the thread; <paramref name="checkpointed"/>, if given, is told after each checkpoint it ran
    /// (the tests' event to wait on).</summary>
    public WalCheckpointer(string path, Action? checkpointed = null)
    {
        _checkpointed = checkpointed;
        _connection = SqliteConnections.Open(path);
        _thread = new Thread(Loop) { IsBackground = true, Name = "SQLite WAL checkpoint" };
        _thread.Start();
    }

    /// <summary>Tells the checkpointer a transaction committed; it checkpoints when it is next free (once stopped,
    /// the writer's own automatic checkpoint takes over).</summary>
    public void Committed()
    {
        if (_stopped)
        {
            return;
        }

        if (_pending.CurrentCount == 0)
        {
            try
            {
                _pending.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already asked for.
            }
        }
    }

    /// <summary>Stops the thread after the checkpoint in progress, if any.</summary>
    public void Dispose()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _stop.Cancel();
        _thread.Join();

        _connection.Dispose();
        _pending.Dispose();
        _stop.Dispose();
    }

    private void Loop()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        try
        {
            while (true)
            {
                _pending.Wait(_stop.Token);
                try
                {
                    command.ExecuteNonQuery();
                }
                catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
                {
                    // SQLITE_BUSY or SQLITE_LOCKED: another checkpoint is running; the next commit asks again.
                }

                _checkpointed?.Invoke();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SqliteException)
        {
            // Any other failure (a full disk, say) ends background checkpoints: the writer's own automatic
            // checkpoint takes over, and the final checkpoint of Finish reports the error if it persists.
        }
    }
}
