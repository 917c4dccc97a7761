using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Structure;
using Newtonsoft.Json;

namespace NetworkGraph.Core.Snapshots;

/// <summary>A versioned, immutable record of one analysis run: its parameters, input fingerprint and scored clusters.</summary>
/// <param name="Id">Unique id, e.g. "v3-1a2b3c4d5e6f".</param>
/// <param name="Version">1 for the first snapshot, then previous + 1.</param>
/// <param name="CreatedAt">When it was built (from the injected clock).</param>
/// <param name="Parameters">Settings of the run (detection algorithm, windows, thresholds...).</param>
/// <param name="InputFingerprint">SHA-256 of the analysed input (see <see cref="InputFingerprint"/>).</param>
/// <param name="ProfileName">The analysis profile used.</param>
/// <param name="Clusters">Clusters ordered by score, then size, then community id.</param>
public sealed record Snapshot(
    string Id,
    int Version,
    DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, string> Parameters,
    string InputFingerprint,
    string ProfileName,
    IReadOnlyList<SnapshotCluster> Clusters)
{
    /// <summary>Clusters grouped into networks, best first; every cluster is part of one (empty in snapshots stored
    /// before operations were grouped).</summary>
    public IReadOnlyList<SnapshotOperation> Operations { get; init; } = [];

    /// <summary>Who amplifies whom inside each flagged operation, best operation first.</summary>
    public IReadOnlyList<AmplificationSummary> Amplification { get; init; } = [];

    /// <summary>The cluster with this stable id, or null.</summary>
    public SnapshotCluster? Find(string clusterId) => Clusters.FirstOrDefault(c => string.Equals(c.Id, clusterId, StringComparison.Ordinal));

    /// <summary>The operation <paramref name="clusterId"/> is part of, or null.</summary>
    public SnapshotOperation? OperationOf(string clusterId) =>
        Operations.FirstOrDefault(o => o.Parts.Contains(clusterId, StringComparer.Ordinal));

    /// <summary>Member account ids of every part of <paramref name="operation"/>.</summary>
    public IEnumerable<string> MembersOf(SnapshotOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return operation.Parts.SelectMany(p => Find(p)?.Members ?? []);
    }

    /// <summary>Counts for listings.</summary>
    public SnapshotSummary Summarize() => new(
        Id,
        Version,
        CreatedAt,
        InputFingerprint,
        ProfileName,
        Clusters.Count,
        Clusters.Count(c => c.Flagged),
        Clusters.Sum(c => c.Size),
        Clusters.Where(c => c.Flagged).Sum(c => c.Size));
}

/// <summary>A cluster inside a snapshot: a stable id, its analysis and where it came from.</summary>
/// <param name="Id">Stable id, kept across snapshots while the cluster continues ("C1-4": born in version 1).</param>
/// <param name="Report">Metrics, signals, campaigns, score and narrative.</param>
/// <param name="Lineage">How it relates to the previous snapshot's clusters.</param>
public sealed record SnapshotCluster(string Id, ClusterReport Report, ClusterLineage Lineage)
{
    /// <summary>Member account ids, ordinal order.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Members => Report.Members;

    /// <summary>Number of members.</summary>
    [JsonIgnore]
    public int Size => Report.Members.Count;

    /// <summary>Coordination score in [0, 1].</summary>
    [JsonIgnore]
    public double Score => Report.Score.Value;

    /// <summary>True when flagged as an amplification network.</summary>
    [JsonIgnore]
    public bool Flagged => Report.Score.Flagged;
}

/// <summary>What happened to a cluster between two snapshots.</summary>
public enum LineageKind
{
    /// <summary>No earlier cluster shares enough members.</summary>
    New = 0,

    /// <summary>One predecessor, about the same size.</summary>
    Continued = 1,

    /// <summary>One predecessor, markedly larger now.</summary>
    Grown = 2,

    /// <summary>One predecessor, markedly smaller now.</summary>
    Shrunk = 3,

    /// <summary>Two or more predecessors joined.</summary>
    Merged = 4,

    /// <summary>One part of a predecessor that broke into several clusters.</summary>
    Split = 5,

    /// <summary>An earlier cluster with no successor (appears in diffs only).</summary>
    Dissolved = 6,
}

/// <summary>A cluster's lineage: its kind and the earlier clusters it shares members with.</summary>
/// <param name="Kind">New, continued, grown, shrunk, merged or split.</param>
/// <param name="Predecessors">Linked clusters of the previous snapshot, most shared members first.</param>
public sealed record ClusterLineage(LineageKind Kind, IReadOnlyList<LineageLink> Predecessors)
{
    /// <summary>The lineage of a cluster in a first snapshot.</summary>
    public static ClusterLineage New { get; } = new(LineageKind.New, []);
}

/// <summary>Overlap between a cluster and one cluster of another snapshot.</summary>
/// <param name="ClusterId">The other cluster's id.</param>
/// <param name="SharedMembers">Members in both.</param>
/// <param name="Jaccard">Shared / union.</param>
/// <param name="Overlap">Shared / smaller size (overlap coefficient).</param>
public sealed record LineageLink(string ClusterId, int SharedMembers, double Jaccard, double Overlap);

/// <summary>One line of a snapshot listing.</summary>
/// <param name="Id">Snapshot id.</param>
/// <param name="Version">Snapshot version.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="InputFingerprint">Input fingerprint.</param>
/// <param name="ProfileName">Profile used.</param>
/// <param name="Clusters">Number of clusters.</param>
/// <param name="FlaggedClusters">Number of flagged clusters.</param>
/// <param name="Accounts">Accounts in clusters.</param>
/// <param name="FlaggedAccounts">Accounts in flagged clusters.</param>
public sealed record SnapshotSummary(
    string Id,
    int Version,
    DateTimeOffset CreatedAt,
    string InputFingerprint,
    string ProfileName,
    int Clusters,
    int FlaggedClusters,
    int Accounts,
    int FlaggedAccounts);
