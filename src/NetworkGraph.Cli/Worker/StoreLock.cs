using System.Globalization;
using System.Text;

namespace NetworkGraph.Cli.Worker;

/// <summary>One worker per store: an exclusive lock on <c>&lt;db&gt;.worker.lock</c>, held as long as the worker runs.
/// The file is never deleted (deleting it would let two workers lock two different files).</summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream _stream;

    private StoreLock(string path, FileStream stream)
    {
        Path = path;
        _stream = stream;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>Takes the lock of <paramref name="database"/>; throws <see cref="StoreLockedException"/> when another
    /// worker holds it.</summary>
    public static StoreLock Acquire(string database, DateTimeOffset now)
    {
        var path = WorkerDefaults.LockPath(database);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            // FileShare.None takes an exclusive lock (flock on Unix) that the OS drops if the process dies.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new StoreLockedException(database, path, ex);
        }

        // Who holds it, for people looking with cat (other readers are refused while the lock is held).
        var owner = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} on {Environment.MachineName} since {now:O}\n"));
        stream.SetLength(0);
        stream.Write(owner);
        stream.Flush();
        return new StoreLock(path, stream);
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}

/// <summary>Another worker already runs on the store.</summary>
internal sealed class StoreLockedException(string database, string lockPath, Exception inner) : Exception(
    $"another worker already runs on the store {database}: its lock file {lockPath} is held. " +
    "Run one worker per store: stop the other one first (see its pid with: cat " + lockPath + ").",
    inner);
