using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;

namespace NetworkGraph.App.Worker;

/// <summary>The store side of a cycle: its state and the analysis.</summary>
internal interface IAnalysisStep
{
    /// <summary>Sizes of the store and a marker that changes whenever data is ingested.</summary>
    Task<StoreState> ReadStateAsync(CancellationToken ct);

    /// <summary>Runs the analysis; an unchanged input gives the latest snapshot back with <c>IsNew</c> false.</summary>
    Task<AnalysisResult> RunAsync(CancellationToken ct);
}

/// <summary>Pushes a snapshot to Neo4j.</summary>
internal interface ISnapshotPublisher
{
    Task<PushResult> PublishAsync(string snapshotId, CancellationToken ct);
}

/// <summary>Applies the retention rule.</summary>
internal interface ISnapshotPruner
{
    /// <summary>Keeps the <paramref name="keep"/> newest snapshots and coordination runs, deleting the others.</summary>
    Task<PruneResult> PruneAsync(int keep, CancellationToken ct);
}

/// <summary>What the store holds.</summary>
/// <param name="Posts">Posts stored.</param>
/// <param name="Accounts">Accounts stored.</param>
/// <param name="DatabaseBytes">Size of the database file and its write-ahead log.</param>
/// <param name="DataMarker">Changes whenever ingestion commits something.</param>
internal sealed record StoreState(long Posts, long Accounts, long DatabaseBytes, string DataMarker);

/// <summary>The snapshot an analysis produced (or found unchanged).</summary>
internal sealed record AnalysisResult(Snapshot Snapshot, bool IsNew);

/// <summary>What retention deleted.</summary>
internal sealed record PruneResult(int Snapshots, int CoordinationRuns);

/// <summary>Settings of the cycle.</summary>
/// <param name="Keep">Snapshots kept by retention.</param>
/// <param name="SlidingRange">Whether the analysis covers a range that moves with time (then it runs every cycle).</param>
internal sealed record CycleSettings(int Keep, bool SlidingRange);
