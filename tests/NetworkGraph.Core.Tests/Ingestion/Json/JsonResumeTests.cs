using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

public sealed class JsonResumeTests
{
    [Theory]
    [InlineData("v1_tweets_array.json", false)]
    [InlineData("v1_tweets_array.json", true)]
    [InlineData("v2_page_pretty.json", false)]
    [InlineData("v2_flattened.jsonl", true)]
    public async Task Resumes_a_run_stopped_after_any_batch_without_losing_or_repeating_rows(string fixture, bool gzip)
    {
        var path = gzip ? IngestFixtures.Gzip(fixture, IngestFixtures.TempFolder()) : IngestFixtures.Path(fixture);
        var clean = await RunAsync(new CollectingIngestSink(), path, stopAfter: int.MaxValue);
        var batches = clean.Sink.Batches;

        for (var stopAfter = 0; stopAfter < batches; stopAfter++)
        {
            var sink = new CollectingIngestSink();
            await Assert.ThrowsAsync<StoppedException>(() => RunAsync(sink, path, stopAfter, clean.RejectsPath));
            var resumed = await RunAsync(sink, path, int.MaxValue, clean.RejectsPath);

            Assert.Equal(clean.Sink.Posts.Select(V2ReaderDocumentTests.Describe), sink.Posts.Select(V2ReaderDocumentTests.Describe));
            Assert.Equal(clean.Report.Files.Single().Counts, resumed.Report.Files.Single().Counts);
            Assert.Equal(clean.Rejects, File.ReadAllText(clean.RejectsPath));
        }
    }

    private static async Task<Run> RunAsync(CollectingIngestSink sink, string path, int stopAfter, string? rejectsPath = null)
    {
        rejectsPath ??= Path.Combine(IngestFixtures.TempFolder(), "rejects.jsonl");
        var pipeline = new IngestPipeline(new StopAfter(sink, stopAfter), new IngestOptions { RejectsPath = rejectsPath, BatchRows = 1 });
        var report = await pipeline.RunAsync([path]);
        return new Run(sink, report, rejectsPath, File.ReadAllText(rejectsPath));
    }

    private sealed record Run(CollectingIngestSink Sink, IngestReport Report, string RejectsPath, string Rejects);

    private sealed class StoppedException : Exception;

    /// <summary>Passes batches on, then fails on the one after the first <paramref name="batches"/> (a killed run).</summary>
    private sealed class StopAfter(IIngestSink inner, int batches) : IIngestSink
    {
        private int _written;

        public long? CommittedRejectsLength(string rejectsPath) => inner.CommittedRejectsLength(rejectsPath);

        public FileCheckpoint BeginFile(string fingerprint, string path, string format) => inner.BeginFile(fingerprint, path, format);

        public BatchOutcome Write(IngestBatch batch, FileCheckpoint file, string rejectsPath, long rejectsLength) =>
            _written++ == batches ? throw new StoppedException() : inner.Write(batch, file, rejectsPath, rejectsLength);

        public void CompleteFile(FileCheckpoint file) => inner.CompleteFile(file);

        public void Finish() => inner.Finish();

        public void Dispose()
        {
        }
    }
}
