using NetworkGraph.Core.Ingestion;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Worker;

/// <summary>Ingests a file into the worker's SQLite store with the ingestion pipeline; a file left half-done by an
/// interrupted run continues from its last committed batch.</summary>
internal sealed class StoreFileIngester(WorkerPaths paths, double maxRejectShare, TimeProvider time) : IFileIngester
{
    public async Task<IngestReport> IngestAsync(string path, CancellationToken ct)
    {
        await using var store = SqliteStore.Open(paths.Database, time);
        using var sink = store.CreateIngestSink();
        var pipeline = new IngestPipeline(sink, new IngestOptions
        {
            RejectsPath = paths.Rejects,
            MaxRejectShare = maxRejectShare,
            TimeProvider = time,
        });
        return await pipeline.RunAsync([path], progress: null, ct);
    }
}
