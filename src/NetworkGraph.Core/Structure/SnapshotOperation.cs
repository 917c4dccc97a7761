namespace NetworkGraph.Core.Structure;

/// <summary>One network as an analyst reads it: clusters that are parts of one operation (dense coordination ties
/// between them, shared objects), grouped above <see cref="Snapshots.SnapshotCluster"/>.</summary>
/// <param name="Id">Stable id, from its largest part's cluster id ("OP-C1-2").</param>
/// <param name="Rank">Position in the snapshot (1 = highest score).</param>
/// <param name="Parts">Cluster ids of its parts, largest first.</param>
/// <param name="Size">Accounts in its parts.</param>
/// <param name="Flagged">True when any part is flagged.</param>
/// <param name="Score">The highest score of its parts.</param>
/// <param name="Ties">Why the parts were joined: one entry per merge, in merge order.</param>
/// <param name="Narrative">What an analyst reads.</param>
public sealed record SnapshotOperation(
    string Id,
    int Rank,
    IReadOnlyList<string> Parts,
    int Size,
    bool Flagged,
    double Score,
    IReadOnlyList<OperationTie> Ties,
    string Narrative);

/// <summary>The evidence that joined two groups of clusters into one operation.</summary>
/// <param name="A">A cluster id of the first group (its largest part).</param>
/// <param name="B">A cluster id of the second group (its largest part).</param>
/// <param name="LinkedPairs">Account pairs, one in each group, tied by at least one coordination edge.</param>
/// <param name="CrossDensity">LinkedPairs / (size A x size B).</param>
/// <param name="TieRatio">CrossDensity over the sparser group's internal density.</param>
/// <param name="SharedObjects">Top objects (texts, hashtags, URLs, targets, amplified accounts) both groups use.</param>
public sealed record OperationTie(string A, string B, int LinkedPairs, double CrossDensity, double TieRatio, int SharedObjects);
