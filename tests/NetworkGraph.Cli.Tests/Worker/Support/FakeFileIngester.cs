using NetworkGraph.App.Worker;
using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.Cli.Tests.Worker.Support;

/// <summary>An ingester whose answer per file is scripted; it records the files it was given.</summary>
internal sealed class FakeFileIngester : IFileIngester
{
    public List<string> Calls { get; } = [];

    /// <summary>The answer for a file; by default every file is ingested with 10 rows.</summary>
    public Func<string, CancellationToken, Task<IngestReport>> Answer { get; set; } = (path, _) => Task.FromResult(Ingested(path, 10));

    public Task<IngestReport> IngestAsync(string path, CancellationToken ct)
    {
        Calls.Add(Path.GetFileName(path));
        return Answer(path, ct);
    }

    public static IngestReport Ingested(string path, long rows, FileStatus status = FileStatus.Ingested) =>
        Report(new FileIngestResult(path, "archive tweets", status, new FileCounts(rows, rows, 0, 0, 0), null));

    public static IngestReport Failed(string path, string error) =>
        Report(new FileIngestResult(path, "unknown", FileStatus.Failed, default, error));

    private static IngestReport Report(FileIngestResult result) => new([result], 0.05, 1000);
}
