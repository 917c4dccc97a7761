using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Clustering;

/// <summary>Everything the cluster analysis reads: profiles, posts, a partition and the coordination edges.</summary>
/// <param name="Accounts">Account profiles (one per id; extra accounts are ignored).</param>
/// <param name="Posts">Posts of the accounts (posts of accounts outside the partition are ignored).</param>
/// <param name="Partition">Community detection result: account id to community id.</param>
/// <param name="Edges">Coordination edges, one per account pair and kind.</param>
public sealed record ClusterInput(
    IReadOnlyList<Account> Accounts,
    IReadOnlyList<Post> Posts,
    IReadOnlyDictionary<string, int> Partition,
    IReadOnlyList<ClusterEdge> Edges)
{
    /// <summary>
    /// The pairing window the edges were built with, in seconds. Edges from a window no wider than
    /// <see cref="ClusterAnalysisOptions.FastDtSeconds"/> are all fast by construction, so the two mean-dt signals are
    /// then left out of the score. When null, a window that narrow is assumed if no edge has a mean dt above the fast
    /// threshold. Pass the widest window built (e.g. one hour) for the most telling scores.
    /// </summary>
    public double? EdgeWindowSeconds { get; init; }

    /// <summary>
    /// The posts as columns; when set, they are the input's posts and <see cref="Posts"/> is left empty (a million
    /// rows then hold no object per post). The analysis and the fingerprint read the same either way.
    /// </summary>
    public ClusterPosts? PostColumns { get; init; }

    /// <summary>
    /// The normalised-text identity of each row of <see cref="PostColumns"/> as the share table found it (texts of one
    /// 64-bit hash are one text, as co-tweet takes them); when set, the analysis takes it instead of normalising the
    /// texts again, and gives the same results unless two different texts' hashes collide (they would count as one).
    /// </summary>
    public RowTextObjects? TextObjects { get; init; }

    /// <summary>
    /// Whether <see cref="Edges"/> come in the order of the coordination graph they were listed from (its layers in
    /// order, each layer's edges by account index), which the stored posts and shares and the settings fix: the input
    /// fingerprint then hashes them as they lie instead of sorting them. An account numbered anew (a post of another
    /// account come before its first) reorders them, and the fingerprint then changes with an unchanged cluster input:
    /// a new version where none was needed, never a missed one.
    /// </summary>
    public bool EdgesInGraphOrder { get; init; }

    /// <summary>The posts as columns: <see cref="PostColumns"/>, or a table made from <see cref="Posts"/>.</summary>
    public ClusterPosts Columns() => PostColumns ?? ClusterPosts.From(Posts);
}

/// <summary>An undirected coordination link between two accounts for one kind of shared object.</summary>
/// <param name="A">One account id.</param>
/// <param name="B">The other account id.</param>
/// <param name="Kind">The coordination kind, e.g. <see cref="CoordinationKinds.CoTweet"/>.</param>
/// <param name="Weight">How strongly the pair is linked (typically the number of co-shares).</param>
/// <param name="MeanDtSeconds">Mean absolute time between the two accounts' shares of the same object, in seconds.</param>
/// <param name="Evidence">The post pairs that tied the two accounts together (may be empty).</param>
public sealed record ClusterEdge(
    string A,
    string B,
    string Kind,
    double Weight,
    double MeanDtSeconds,
    IReadOnlyList<ClusterEvidence> Evidence);

/// <summary>Two posts, one by each account of an edge, that share an object.</summary>
/// <param name="PostA">The post of account A.</param>
/// <param name="PostB">The post of account B.</param>
public sealed record ClusterEvidence(string PostA, string PostB);
