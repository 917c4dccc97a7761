using System.Globalization;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Worker;

/// <summary>Reads the worker's store and runs the analysis pipeline on it.</summary>
internal sealed class StoreAnalysisStep(string database, AnalysisSettings settings, AnalysisPipeline pipeline, TimeProvider time) : IAnalysisStep
{
    public async Task<StoreState> ReadStateAsync(CancellationToken ct)
    {
        if (!File.Exists(database))
        {
            return new StoreState(0, 0, 0, "no store");
        }

        await using var store = SqliteStore.Open(database, time);
        var counts = await store.CountAsync(ct);
        // Ingestion is the only way data enters the store, and each commit moves a file's offset: this changes
        // whenever anything was ingested, by this worker or by a `networkgraph ingest` run.
        var files = await store.ReadIngestTotalsAsync(ct);
        var marker = string.Create(CultureInfo.InvariantCulture,
            $"{files.Files}/{files.Bytes}/{files.Completed}/{files.Accepted}/{counts.Posts}/{counts.Accounts}");
        return new StoreState(counts.Posts, counts.Accounts, DatabaseBytes(), marker);
    }

    public async Task<AnalysisResult> RunAsync(CancellationToken ct)
    {
        await using var store = SqliteStore.Open(database, time);
        var outcome = await pipeline.RunAsync(store, settings, stage: null, ct);
        return new AnalysisResult(outcome.Snapshot, outcome.IsNew);
    }

    private long DatabaseBytes() =>
        new[] { "", "-wal" }.Select(suffix => new FileInfo(database + suffix)).Where(f => f.Exists).Sum(f => f.Length);
}
