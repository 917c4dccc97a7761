namespace NetworkGraph.Core.Export;

/// <summary>One coordination edge of a snapshot's graph, by account id, as the exporters and the report read it.</summary>
/// <param name="A">One account id.</param>
/// <param name="B">The other account id.</param>
/// <param name="Kind">The coordination kind, for example <c>co_tweet</c>.</param>
/// <param name="Weight">The edge weight (co-shares, or down-weighted co-shares).</param>
public sealed record SnapshotExportEdge(string A, string B, string Kind, double Weight)
{
    /// <summary>Mean time between the two accounts' shares of the same object, in seconds, or null.</summary>
    public double? MeanDtSeconds { get; init; }

    /// <summary>How many co-shares support the edge, or null when unknown.</summary>
    public long? EvidenceCount { get; init; }

    /// <summary>The earliest share behind the edge, or null.</summary>
    public DateTimeOffset? First { get; init; }

    /// <summary>The latest share behind the edge, or null.</summary>
    public DateTimeOffset? Last { get; init; }

    /// <summary>Post pairs behind the edge (all or a sample), oldest first; may be empty.</summary>
    public IReadOnlyList<SnapshotEvidence> Evidence { get; init; } = [];
}

/// <summary>Two posts, one by each end of an edge, that shared the same object.</summary>
/// <param name="PostA">The post id of account A.</param>
/// <param name="PostB">The post id of account B.</param>
/// <param name="Object">What they shared (a text, a retweeted post id, a hashtag...), or null.</param>
public sealed record SnapshotEvidence(string PostA, string PostB, string? Object = null);
