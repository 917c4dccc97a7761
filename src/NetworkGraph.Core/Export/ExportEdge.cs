namespace NetworkGraph.Core.Export;

/// <summary>One typed coordination edge; several edges of different kinds may join the same two nodes.</summary>
/// <param name="Source">The source node id.</param>
/// <param name="Target">The target node id.</param>
/// <param name="Kind">The coordination kind (for example <c>co_retweet</c>); parallel edges differ by kind.</param>
/// <param name="Weight">The edge weight, a finite number.</param>
public sealed record ExportEdge(string Source, string Target, string Kind, double Weight)
{
    /// <summary>A stable edge id; when null the writer numbers edges in their sorted order.</summary>
    public string? Id { get; init; }

    /// <summary>Mean time gap between the coordinated posts, in seconds, or null.</summary>
    public double? MeanDeltaSeconds { get; init; }

    /// <summary>How many co-actions support the edge, or null.</summary>
    public long? EvidenceCount { get; init; }

    /// <summary>Values of the graph's extra edge columns, keyed by column id; a missing or null value is not written.</summary>
    public IReadOnlyDictionary<string, object?> Attributes { get; init; } = ExportGraph.NoValues;

    /// <summary>When the edge was active; empty means always present.</summary>
    public IReadOnlyList<ExportSpell> Spells { get; init; } = [];
}
