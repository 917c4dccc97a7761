using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Snapshots;

/// <summary>Reads snapshots from an existing store for <c>snapshot list</c>, <c>show</c> and <c>diff</c>; the commands
/// only print what these return.</summary>
internal sealed class SnapshotQueries(TimeProvider time)
{
    /// <summary>Every snapshot in the store at <paramref name="db"/>.</summary>
    public async Task<IReadOnlyList<SnapshotSummary>> ListAsync(string db, CancellationToken ct)
    {
        await using var store = StoreFiles.OpenExisting(db, time);
        return await new SnapshotRepository(store).ListAsync(ct);
    }

    /// <summary>The snapshot <paramref name="selector"/> names (latest, 3, v3 or an id).</summary>
    public async Task<Snapshot> ShowAsync(string db, string selector, CancellationToken ct)
    {
        await using var store = StoreFiles.OpenExisting(db, time);
        return await SnapshotLoader.LoadAsync(store, selector, ct);
    }

    /// <summary>How clusters changed from the snapshot <paramref name="from"/> names to the one <paramref name="to"/>
    /// names.</summary>
    public async Task<SnapshotDiff> DiffAsync(string db, string from, string to, CancellationToken ct)
    {
        await using var store = StoreFiles.OpenExisting(db, time);
        var earlier = await SnapshotLoader.LoadAsync(store, from, ct);
        var later = await SnapshotLoader.LoadAsync(store, to, ct);
        return SnapshotDiffer.Diff(earlier, later);
    }
}
