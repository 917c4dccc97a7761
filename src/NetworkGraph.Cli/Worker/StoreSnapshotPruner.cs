using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Worker;

/// <summary>Retention on the worker's store: keeps the newest snapshots and coordination runs.</summary>
internal sealed class StoreSnapshotPruner(WorkerPaths paths, TimeProvider time) : ISnapshotPruner
{
    public async Task<PruneResult> PruneAsync(int keep, CancellationToken ct)
    {
        await using var store = SqliteStore.Open(paths.Database, time);
        var snapshots = await new SnapshotRepository(store).PruneAsync(keep, ct);
        var runs = await new CoordinationGraphRepository(store, time).PruneAsync(keep, ct);
        return new PruneResult(snapshots, runs);
    }
}
