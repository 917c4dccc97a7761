using NetworkGraph.App.Ingest;
using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.App.Worker;

/// <summary>Ingests a file into the worker's SQLite store with the ingestion pipeline; a file left half-done by an
/// interrupted run continues from its last committed batch.</summary>
internal sealed class StoreFileIngester(string database, string rejectsPath, double maxRejectShare, TimeProvider time) : IFileIngester
{
    public Task<IngestReport> IngestAsync(string path, CancellationToken ct) =>
        new IngestUseCase(time).RunAsync(
            new IngestRequest(database, [path], rejectsPath) { MaxRejectShare = maxRejectShare }, progress: null, ct);
}
