namespace NetworkGraph.Core.Snapshots;

/// <summary>Where snapshots are kept (the SQLite store implements it).</summary>
public interface ISnapshotRepository
{
    /// <summary>Writes a snapshot atomically; fails if its id or version is already stored.</summary>
    Task SaveAsync(Snapshot snapshot, CancellationToken cancellationToken);

    /// <summary>All snapshots, oldest version first.</summary>
    Task<IReadOnlyList<SnapshotSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The snapshot with the highest version, or null when there is none.</summary>
    Task<Snapshot?> LoadLatestAsync(CancellationToken cancellationToken);

    /// <summary>The snapshot with this id, or null.</summary>
    Task<Snapshot?> LoadAsync(string id, CancellationToken cancellationToken);

    /// <summary>The snapshot with this version, or null.</summary>
    Task<Snapshot?> LoadVersionAsync(int version, CancellationToken cancellationToken);
}
