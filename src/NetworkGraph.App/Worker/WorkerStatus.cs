namespace NetworkGraph.App.Worker;

/// <summary>What the status file says: the worker's state, its last cycle, the latest snapshot, inbox totals and
/// recent errors.</summary>
internal sealed record WorkerStatus
{
    public required int Pid { get; init; }

    public required string Database { get; init; }

    public required string Inbox { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>starting, idle, ingesting, analysing, pushing, pruning or stopped.</summary>
    public required string State { get; init; }

    public required int IntervalSeconds { get; init; }

    public int Cycles { get; init; }

    public int FailedCycles { get; init; }

    public CycleStatus? LastCycle { get; init; }

    public SnapshotStatus? LatestSnapshot { get; init; }

    public InboxStatus InboxTotals { get; init; } = new(0, 0, 0, 0, 0, null);

    /// <summary>The most recent errors, newest last.</summary>
    public IReadOnlyList<ErrorStatus> Errors { get; init; } = [];
}

/// <summary>One analysis cycle.</summary>
/// <param name="Number">1 for the first cycle since the worker started.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; null while it runs.</param>
/// <param name="DurationSeconds">How long it took.</param>
/// <param name="Outcome">running, new-snapshot, unchanged, skipped, failed or cancelled.</param>
/// <param name="FilesIngested">Inbox files ingested since the previous cycle started.</param>
/// <param name="RowsRead">Rows those files held.</param>
/// <param name="RowsAccepted">Rows of them newly stored.</param>
/// <param name="Store">Sizes of the store when the cycle read it.</param>
/// <param name="SnapshotId">The snapshot produced or confirmed.</param>
/// <param name="SnapshotVersion">Its version.</param>
/// <param name="Pushed">Whether the snapshot went to Neo4j; null when pushing is off or nothing was due.</param>
/// <param name="SnapshotsPruned">Snapshots deleted by retention.</param>
/// <param name="Error">The failed step and its error.</param>
internal sealed record CycleStatus(
    int Number,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    double? DurationSeconds,
    string Outcome,
    int FilesIngested,
    long RowsRead,
    long RowsAccepted,
    StoreSize? Store,
    string? SnapshotId,
    int? SnapshotVersion,
    bool? Pushed,
    int SnapshotsPruned,
    string? Error);

/// <summary>The snapshot a cycle produced or confirmed.</summary>
internal sealed record SnapshotStatus(
    string Id, int Version, DateTimeOffset CreatedAt, string InputFingerprint, int Clusters, int FlaggedClusters, IReadOnlyList<FlaggedCluster> Flagged);

/// <summary>A flagged cluster (the status file lists the highest-scored ones).</summary>
internal sealed record FlaggedCluster(string Id, int Size, double Score);

/// <summary>Inbox totals since the worker started.</summary>
internal sealed record InboxStatus(int FilesProcessed, int FilesFailed, long RowsRead, long RowsAccepted, long RowsRejected, string? LastFile);

/// <summary>An error, with the step it happened in.</summary>
internal sealed record ErrorStatus(DateTimeOffset At, string Step, string Message);

/// <summary>Sizes of the store.</summary>
internal sealed record StoreSize(long Posts, long Accounts, long DatabaseBytes);
