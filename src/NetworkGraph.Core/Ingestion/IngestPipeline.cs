using System.Threading.Channels;
using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Ingestion;

/// <summary>Ingests files into a sink: one thread parses batches, the caller's flow writes them, with a bounded
/// queue between (memory stays flat whatever the file size). Files already ingested are skipped; a file left
/// half-done by a killed run continues from its last committed batch.</summary>
public sealed class IngestPipeline
{
    private const int BatchesInFlight = 3;

    private readonly IIngestSink _sink;
    private readonly IngestOptions _options;
    private readonly Channel<IngestBatch> _free = Channel.CreateUnbounded<IngestBatch>();

    /// <summary>Creates a pipeline writing into <paramref name="sink"/>.</summary>
    public IngestPipeline(IIngestSink sink, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        _sink = sink;
        _options = options;
        for (var i = 0; i < BatchesInFlight + 1; i++)
        {
            _free.Writer.TryWrite(new IngestBatch());
        }
    }

    /// <summary>Ingests the files and folders given (a path that does not exist throws
    /// <see cref="IngestInputException"/> before anything is read); a file that cannot be read is reported as failed
    /// and the run goes on with the next.</summary>
    public async Task<IngestReport> RunAsync(
        IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = InputFiles.Expand(paths);
        var rejectsKey = Path.GetFullPath(_options.RejectsPath);
        using var rejects = new RejectsWriter(rejectsKey, _sink.CommittedRejectsLength(rejectsKey));
        var run = new RunState(_options.TimeProvider, files.Count, progress);
        var results = new List<FileIngestResult>();
        for (var i = 0; i < files.Count; i++)
        {
            results.Add(files[i].SkipReason is { } reason
                ? new FileIngestResult(files[i].Path, FormatDetector.Name(FileLayout.Unknown), FileStatus.Skipped, default, reason)
                : await IngestFileAsync(files[i], i, run, rejects, rejectsKey, cancellationToken));
        }

        _sink.Finish();
        return new IngestReport(results, _options.MaxRejectShare, run.RowsPerSecond);
    }

    private async Task<FileIngestResult> IngestFileAsync(
        InputEntry entry, int index, RunState run, RejectsWriter rejects, string rejectsKey, CancellationToken cancellationToken)
    {
        var path = entry.Path;
        InputFile file;
        FileLayout layout;
        string fingerprint;
        try
        {
            file = new InputFile(path);
            fingerprint = file.Fingerprint();
            layout = FormatDetector.Detect(file, _options.Format);
            if (layout == FileLayout.Unknown)
            {
                // Found in a folder (the generator's truth.csv, say): listed with the reason, not read, not a failure.
                return entry.FromFolder
                    ? new FileIngestResult(path, FormatDetector.Name(layout), FileStatus.Skipped, default, FormatDetector.UnknownFormat)
                    : Failed(path, FormatDetector.Name(layout), default, new IngestInputException(path, FormatDetector.UnknownFormat));
            }
        }
        catch (Exception e) when (e is IngestInputException or IOException or UnauthorizedAccessException)
        {
            return Failed(path, "unknown", default, e);
        }

        var format = FormatDetector.Name(layout);
        var checkpoint = _sink.BeginFile(fingerprint, path, format);
        if (checkpoint.Completed)
        {
            return new FileIngestResult(path, checkpoint.Format, FileStatus.AlreadyIngested, checkpoint.Counts, null);
        }

        var resumed = checkpoint.Offset > 0;
        if (resumed && checkpoint.Format != format)
        {
            return Failed(path, format, checkpoint.Counts, new IngestInputException(path,
                $"an interrupted run was reading it as '{checkpoint.Format}'; rerun with that format"));
        }

        var counts = checkpoint.Counts;
        var skippedBy = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var limits = new BatchLimits(_options.BatchRows, _options.BatchTextBytes, TimeRange.Until(_options.TimeProvider));
        try
        {
            using var reader = BatchReaders.Open(file, layout, checkpoint.Offset, checkpoint.Line, limits, out var raw);
            await foreach (var batch in ParseAsync(reader, raw, cancellationToken))
            {
                rejects.Write(batch.Rejects, batch.Skips);
                foreach (var skip in batch.Skips)
                {
                    skippedBy[skip.Reason] = skippedBy.GetValueOrDefault(skip.Reason) + 1;
                }

                var outcome = _sink.Write(batch, checkpoint, rejectsKey, rejects.Length);
                counts += new FileCounts(batch.RowsRead, outcome.Accepted, outcome.Duplicates, batch.Rejects.Count, batch.Skipped);
                run.Report(index, path, batch.SourcePosition, file.Length, batch.RowsRead);
                _free.Writer.TryWrite(batch);
            }
        }
        catch (Exception e) when (e is IngestInputException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return Failed(path, format, counts, e) with { SkippedBy = skippedBy };
        }

        _sink.CompleteFile(checkpoint);
        return new FileIngestResult(path, format, resumed ? FileStatus.Resumed : FileStatus.Ingested, counts, null) { SkippedBy = skippedBy };
    }

    /// <summary>Parses on another thread, yielding full batches through a bounded queue.</summary>
    private async IAsyncEnumerable<IngestBatch> ParseAsync(
        IBatchReader reader, FileStream raw, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<IngestBatch>(new BoundedChannelOptions(BatchesInFlight - 1)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    while (true)
                    {
                        var batch = await _free.Reader.ReadAsync(stop.Token);
                        batch.Reset();
                        if (!reader.Fill(batch, stop.Token))
                        {
                            _free.Writer.TryWrite(batch);
                            break;
                        }

                        batch.SourcePosition = raw.Position;
                        await queue.Writer.WriteAsync(batch, stop.Token);
                    }

                    queue.Writer.Complete();
                }
                catch (Exception e)
                {
                    queue.Writer.Complete(e);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var batch in queue.Reader.ReadAllAsync(cancellationToken))
            {
                yield return batch;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
            while (queue.Reader.TryRead(out var left))
            {
                _free.Writer.TryWrite(left);
            }
        }
    }

    private static FileIngestResult Failed(string path, string format, FileCounts counts, Exception e) =>
        new(path, format, FileStatus.Failed, counts, e is IngestInputException ? e.Message : $"{path}: {e.Message}");

    private sealed class RunState(TimeProvider time, int fileCount, IProgress<IngestProgress>? progress)
    {
        private readonly long _started = time.GetTimestamp();
        private long _rows;

        public double RowsPerSecond
        {
            get
            {
                var seconds = time.GetElapsedTime(_started).TotalSeconds;
                return seconds > 0 ? _rows / seconds : 0;
            }
        }

        public void Report(int index, string path, long bytesDone, long bytesTotal, long rows)
        {
            _rows += rows;
            progress?.Report(new IngestProgress(index, fileCount, path, bytesDone, bytesTotal, _rows, RowsPerSecond));
        }
    }
}
