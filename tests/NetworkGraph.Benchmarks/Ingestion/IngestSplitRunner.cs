using System.Diagnostics;
using System.Globalization;
using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Benchmarks.Ingestion;

/// <summary>Runner mode that times the two halves of ingestion apart (a benchmark, not a test):
/// <c>ingest-split FILE [--rows N] [--db PATH]</c>. Parses up to N rows of FILE into batches held in memory, then writes
/// those batches into a fresh store, and prints wall and CPU microseconds per row for each half (CPU counts every thread of the process, so it includes the
/// runtime's background compilation and GC). The whole pipeline overlaps the
/// two on two threads, so its rate is bounded by the slower half.</summary>
internal static class IngestSplitRunner
{
    public const string Mode = "ingest-split";

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: ingest-split FILE [--rows N] [--db PATH]");
            return 2;
        }

        var path = args[0];
        var maxRows = 1_000_000L;
        var db = Path.Combine(Path.GetTempPath(), "ng-ingest-split.db");
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rows":
                    maxRows = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--db":
                    db = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        var file = new InputFile(path);
        var layout = FormatDetector.Detect(file, InputFormat.Auto);
        var batches = new List<IngestBatch>();
        long rows = 0;
        using var process = Process.GetCurrentProcess();
        var parseCpu = process.TotalProcessorTime;
        var parse = Stopwatch.StartNew();
        using (var reader = BatchReaders.Open(file, layout, 0, 1, new BatchLimits(50_000, 16 << 20, TimeRange.Until(TimeProvider.System)), out _))
        {
            while (rows < maxRows)
            {
                var batch = new IngestBatch();
                if (!reader.Fill(batch, CancellationToken.None))
                {
                    break;
                }

                rows += batch.RowsRead;
                batches.Add(batch);
            }
        }

        parse.Stop();
        process.Refresh();
        parseCpu = process.TotalProcessorTime - parseCpu;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(db + suffix);
        }

        using var store = SqliteStore.Open(db);
        using var sink = store.CreateIngestSink();
        var checkpoint = sink.BeginFile("bench", path, FormatDetector.Name(layout));
        process.Refresh();
        var writeCpu = process.TotalProcessorTime;
        var write = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            sink.Write(batch, checkpoint, db + ".rejects", 0);
        }

        var written = write.Elapsed;
        process.Refresh();
        writeCpu = process.TotalProcessorTime - writeCpu;
        sink.CompleteFile(checkpoint);
        sink.Finish();
        var finish = write.Elapsed - written;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows {rows:N0}: parse {parse.Elapsed.TotalMicroseconds / rows:F2} us/row ({parseCpu.TotalMicroseconds / rows:F2} CPU), write {written.TotalMicroseconds / rows:F2} us/row ({writeCpu.TotalMicroseconds / rows:F2} CPU), finish {finish.TotalSeconds:F2} s"));
        return 0;
    }
}
