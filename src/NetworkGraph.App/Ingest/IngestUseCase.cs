using NetworkGraph.Core.Ingestion;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Ingest;

/// <summary>Ingests input files into the SQLite store with the ingestion pipeline (<c>ingest</c>, <c>demo</c> and the
/// worker's inbox); a file left half-done by an interrupted run continues from its last committed batch.</summary>
internal sealed class IngestUseCase(TimeProvider time)
{
    /// <summary>Reads the files into the store, reporting progress per committed batch.</summary>
    public async Task<IngestReport> RunAsync(IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new IngestOptions
        {
            Format = request.Format,
            RejectsPath = request.RejectsPath,
            MaxRejectShare = request.MaxRejectShare,
            TimeProvider = time,
        };
        if (request.BatchRows is { } rows)
        {
            options = options with { BatchRows = rows };
        }

        await using var store = SqliteStore.Open(request.Database, time);
        using var sink = store.CreateIngestSink();
        return await new IngestPipeline(sink, options).RunAsync(request.Paths, progress, ct);
    }
}
