namespace NetworkGraph.Core.Export;

/// <summary>A format-neutral graph to export: one snapshot, its nodes, edges and extra attribute columns.</summary>
/// <param name="Nodes">The nodes; ids must be unique.</param>
/// <param name="Edges">The edges; both ends must be nodes, and (ends, kind) must be unique.</param>
public sealed record ExportGraph(IReadOnlyList<ExportNode> Nodes, IReadOnlyList<ExportEdge> Edges)
{
    internal static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>();

    /// <summary>Extra node columns, written after <see cref="ExportColumns.NodeStandard"/>.</summary>
    public IReadOnlyList<ExportColumn> NodeColumns { get; init; } = [];

    /// <summary>Extra edge columns, written after <see cref="ExportColumns.EdgeStandard"/>.</summary>
    public IReadOnlyList<ExportColumn> EdgeColumns { get; init; } = [];

    /// <summary>Whether edges are directed; coordination graphs are undirected.</summary>
    public bool Directed { get; init; }

    /// <summary>A free-text description (for example the snapshot name), or null.</summary>
    public string? Description { get; init; }

    /// <summary>When the snapshot was produced (from an injected clock), or null to omit it.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }
}
