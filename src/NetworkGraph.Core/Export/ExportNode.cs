namespace NetworkGraph.Core.Export;

/// <summary>One node (account) of an export graph; text is sanitised on write, never trusted.</summary>
/// <param name="Id">The stable string id (the platform account id).</param>
/// <param name="Label">The display label, usually the @handle.</param>
public sealed record ExportNode(string Id, string Label)
{
    /// <summary>The cluster id this node belongs to, or null when unclustered.</summary>
    public string? Cluster { get; init; }

    /// <summary>The node's coordination score, or null when unscored.</summary>
    public double? Score { get; init; }

    /// <summary>Whether the node's cluster is flagged as likely coordinated.</summary>
    public bool Flagged { get; init; }

    /// <summary>Values of the graph's extra node columns, keyed by column id; a missing or null value is not written.</summary>
    public IReadOnlyDictionary<string, object?> Attributes { get; init; } = ExportGraph.NoValues;

    /// <summary>An explicit colour; when null the writer takes the cluster's palette colour.</summary>
    public ExportColor? Color { get; init; }

    /// <summary>An explicit size; when null the writer sizes the node by its options.</summary>
    public double? Size { get; init; }

    /// <summary>A precomputed layout position, or null.</summary>
    public ExportPosition? Position { get; init; }

    /// <summary>When the node was active; empty means always present.</summary>
    public IReadOnlyList<ExportSpell> Spells { get; init; } = [];
}
