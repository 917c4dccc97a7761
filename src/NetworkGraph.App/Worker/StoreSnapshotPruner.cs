using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Worker;

/// <summary>Retention on the worker's store: keeps the newest snapshots and coordination runs.</summary>
internal sealed class StoreSnapshotPruner(string database, TimeProvider time) : ISnapshotPruner
{
    public async Task<PruneResult> PruneAsync(int keep, CancellationToken ct)
    {
        await using var store = SqliteStore.Open(database, time);
        var snapshots = await new SnapshotRepository(store).PruneAsync(keep, ct);
        var runs = await new CoordinationGraphRepository(store, time).PruneAsync(keep, ct);
        return new PruneResult(snapshots, runs);
    }
}
