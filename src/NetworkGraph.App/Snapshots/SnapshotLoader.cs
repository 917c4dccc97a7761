using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Snapshots;

/// <summary>Finds the snapshot a command's selector names (see <see cref="SnapshotSelector"/>: every command that takes
/// a snapshot reads it here), with a usage error naming the selector when the store holds none that matches.</summary>
internal static class SnapshotLoader
{
    public static Task<Snapshot> LoadAsync(SqliteStore store, string selector, CancellationToken ct) =>
        LoadAsync(store, SnapshotSelector.Parse(selector), ct);

    public static async Task<Snapshot> LoadAsync(SqliteStore store, SnapshotSelector selector, CancellationToken ct) =>
        await new SnapshotRepository(store).FindAsync(selector, ct) ?? throw new UsageException(selector.NotFound(store.Path));
}
