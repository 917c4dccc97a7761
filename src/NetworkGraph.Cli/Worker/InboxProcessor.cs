using System.Globalization;
using Microsoft.Extensions.Logging;
using NetworkGraph.App.Worker;
using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.Cli.Worker;

/// <summary>Watches the inbox: a file is read once its size and modification time have stayed the same for the
/// settle time, then moved to processed/ (ingested, or already in the store) or to failed/ with a reason file.
/// Hidden and partial files (.tmp, .part, ...) are left alone, so writers can drop files by renaming.</summary>
internal sealed partial class InboxProcessor(
    WorkerPaths paths, TimeSpan settle, IFileIngester ingester, WorkerStatusBoard board, TimeProvider time, ILogger<InboxProcessor> logger)
{
    /// <summary>Store errors (not the file's fault) tolerated for one file before it goes to failed/.</summary>
    public const int MaxStoreFailures = 3;

    private static readonly string[] PartialSuffixes = [".tmp", ".part", ".partial", ".crdownload", ".filepart", ".swp", "~"];
    private readonly Dictionary<string, Sighting> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _storeFailures = new(StringComparer.Ordinal);

    /// <summary>Scans then ingests; returns how many files were handled.</summary>
    public async Task<int> ProcessAsync(CancellationToken ct) => await IngestAsync(Scan(), ct);

    /// <summary>The files that have settled, oldest first.</summary>
    public IReadOnlyList<string> Scan()
    {
        var now = time.GetUtcNow();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var ready = new List<FileInfo>();
        foreach (var file in new DirectoryInfo(paths.Inbox).EnumerateFiles())
        {
            if (IsIgnored(file.Name))
            {
                continue;
            }

            present.Add(file.FullName);
            var stamp = (file.Length, file.LastWriteTimeUtc);
            if (!_seen.TryGetValue(file.FullName, out var seen) || seen.Stamp != stamp)
            {
                seen = new Sighting(stamp, now);
                _seen[file.FullName] = seen;
            }

            if (now - seen.Since >= settle)
            {
                ready.Add(file);
            }
        }

        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _seen.Remove(gone);
        }

        return ready.OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => f.FullName).ToList();
    }

    /// <summary>Ingests each file and moves it aside; returns how many were handled. A stop leaves the current file
    /// in the inbox: the next run resumes it from its last committed batch.</summary>
    public async Task<int> IngestAsync(IReadOnlyList<string> files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        var handled = 0;
        foreach (var path in files)
        {
            ct.ThrowIfCancellationRequested();
            if (!File.Exists(path))
            {
                continue; // taken away since the scan
            }

            board.SetState("ingesting");
            if (!await IngestOneAsync(path, ct))
            {
                break; // the store failed: the next files would fail the same way
            }

            handled++;
        }

        board.SetState("idle");
        await board.WriteAsync(ct);
        return handled;
    }

    private async Task<bool> IngestOneAsync(string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        var bytes = new FileInfo(path).Length;
        var started = time.GetTimestamp();
        IngestReport report;
        try
        {
            report = await ingester.IngestAsync(path, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            LogStopped(name);
            throw;
        }
        catch (IngestInputException ex)
        {
            await FailAsync(path, ex.Message, null);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return await StoreFailedAsync(path, ex);
        }

        _seen.Remove(path);
        _storeFailures.Remove(path);
        var result = report.Files.Count == 1 ? report.Files[0] : null;
        if (result is null || result.Status == FileStatus.Failed)
        {
            await FailAsync(path, result?.Error ?? "the ingestion reported no result for the file", result);
            return true;
        }

        var seconds = time.GetElapsedTime(started).TotalSeconds;
        Move(path, paths.Processed);
        board.FileIngested(name, result.Counts);
        LogIngested(name, result.Status, result.Format, bytes, result.Counts.RowsRead, result.Counts.Accepted, result.Counts.Duplicates,
            result.Counts.Rejected, seconds, seconds > 0 ? result.Counts.RowsRead / seconds : 0, seconds > 0 ? bytes / 1e6 / seconds : 0);
        if (report.TooManyRejects)
        {
            LogTooManyRejects(name, report.RejectShare, report.MaxRejectShare, paths.Rejects);
        }

        return true;
    }

    private async Task<bool> StoreFailedAsync(string path, Exception error)
    {
        var name = Path.GetFileName(path);
        var failures = _storeFailures.GetValueOrDefault(path) + 1;
        _storeFailures[path] = failures;
        LogStoreFailure(error, name, failures, MaxStoreFailures);
        if (failures < MaxStoreFailures)
        {
            board.Error("ingest " + name, error.Message);
            return false;
        }

        _storeFailures.Remove(path);
        await FailAsync(path, $"{error.GetType().Name}: {error.Message} (failed {failures} times)", null);
        return false;
    }

    private async Task FailAsync(string path, string reason, FileIngestResult? result)
    {
        var name = Path.GetFileName(path);
        _seen.Remove(path);
        if (!File.Exists(path))
        {
            board.Error("ingest " + name, reason);
            return; // taken away while it was read
        }

        var moved = Move(path, paths.Failed);
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            "file: " + name,
            "failed at: " + time.GetUtcNow().ToString("O", c),
            "reason: " + reason,
        };
        if (result is not null)
        {
            lines.Add("format: " + result.Format);
            lines.Add(string.Create(c, $"rows read: {result.Counts.RowsRead}, accepted: {result.Counts.Accepted}, rejected: {result.Counts.Rejected}"));
        }

        await File.WriteAllLinesAsync(moved + ".reason.txt", lines, CancellationToken.None);
        board.FileFailed(name, reason);
        LogFailed(name, reason, moved);
    }

    /// <summary>Moves a file into <paramref name="folder"/>, adding a UTC time (and a counter) to its name when the
    /// folder already holds one of that name; returns where it went.</summary>
    private string Move(string path, string folder)
    {
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(path);
        var target = Path.Combine(folder, name);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        for (var n = 1; File.Exists(target) || File.Exists(target + ".reason.txt"); n++)
        {
            var suffix = n == 1 ? stamp : string.Create(CultureInfo.InvariantCulture, $"{stamp}-{n}");
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.{suffix}{Path.GetExtension(name)}");
        }

        File.Move(path, target);
        return target;
    }

    private static bool IsIgnored(string name) =>
        name.StartsWith('.') || PartialSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ingested {File} ({Status}, {Format}, {Bytes} bytes): {Rows} rows, {Accepted} new, {Duplicates} duplicates, {Rejected} rejected in {Seconds:F2} s ({RowsPerSecond:F0} rows/s, {MegabytesPerSecond:F1} MB/s)")]
    private partial void LogIngested(string file, FileStatus status, string format, long bytes, long rows, long accepted, long duplicates,
        long rejected, double seconds, double rowsPerSecond, double megabytesPerSecond);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File}: {Share:P1} of its rows were rejected (limit {Limit:P1}); see {Rejects}")]
    private partial void LogTooManyRejects(string file, double share, double limit, string rejects);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not ingest {File}: {Reason}; moved to {Target}")]
    private partial void LogFailed(string file, string reason, string target);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting {File} failed on the store (attempt {Failures} of {MaxFailures}); it stays in the inbox until the last attempt")]
    private partial void LogStoreFailure(Exception error, string file, int failures, int maxFailures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped while ingesting {File}: it stays in the inbox and the next start resumes it from its last committed batch")]
    private partial void LogStopped(string file);

    private readonly record struct Sighting((long Length, DateTime Modified) Stamp, DateTimeOffset Since);
}
