using System.Globalization;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Worker;

/// <summary>Reads the worker's store and runs the analysis pipeline on it.</summary>
internal sealed class StoreAnalysisStep(WorkerPaths paths, AnalysisSettings settings, AnalysisPipeline pipeline, TimeProvider time) : IAnalysisStep
{
    public async Task<StoreState> ReadStateAsync(CancellationToken ct)
    {
        if (!File.Exists(paths.Database))
        {
            return new StoreState(0, 0, 0, "no store");
        }

        await using var store = SqliteStore.Open(paths.Database, time);
        var counts = await store.CountAsync(ct);
        await using var connection = store.OpenConnection();
        await using var command = connection.CreateCommand();

        // Ingestion is the only way data enters the store, and each commit moves a file's offset: this changes
        // whenever anything was ingested, by this worker or by a `networkgraph ingest` run.
        command.CommandText = "SELECT count(*), coalesce(sum(byte_offset), 0), coalesce(sum(completed), 0), coalesce(sum(accepted), 0) FROM ingest_files";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var marker = string.Create(CultureInfo.InvariantCulture,
            $"{reader.GetInt64(0)}/{reader.GetInt64(1)}/{reader.GetInt64(2)}/{reader.GetInt64(3)}/{counts.Posts}/{counts.Accounts}");
        return new StoreState(counts.Posts, counts.Accounts, DatabaseBytes(), marker);
    }

    public async Task<AnalysisResult> RunAsync(CancellationToken ct)
    {
        await using var store = SqliteStore.Open(paths.Database, time);
        var outcome = await pipeline.RunAsync(store, settings, stage: null, ct);
        return new AnalysisResult(outcome.Snapshot, outcome.IsNew);
    }

    private long DatabaseBytes() =>
        new[] { "", "-wal" }.Select(suffix => new FileInfo(paths.Database + suffix)).Where(f => f.Exists).Sum(f => f.Length);
}
