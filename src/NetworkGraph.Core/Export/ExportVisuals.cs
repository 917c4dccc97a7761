namespace NetworkGraph.Core.Export;

/// <summary>What a node's size is proportional to.</summary>
public enum NodeSizing
{
    /// <summary>Every node gets the midpoint size.</summary>
    Uniform = 0,

    /// <summary>Linear in the node's score (unscored nodes get the minimum).</summary>
    Score = 1,

    /// <summary>Linear in the node's degree in the written graph.</summary>
    Degree = 2,
}

/// <summary>Colour and size settings shared by the formats that carry them.</summary>
public sealed record ExportVisuals
{
    /// <summary>The palette for cluster colours; null builds one from the graph's own clusters. Pass one built from all snapshots to keep colours stable across files.</summary>
    public ClusterPalette? Palette { get; init; }

    /// <summary>What node sizes follow.</summary>
    public NodeSizing SizeBy { get; init; } = NodeSizing.Score;

    /// <summary>The smallest node size.</summary>
    public double MinNodeSize { get; init; } = 4;

    /// <summary>The largest node size.</summary>
    public double MaxNodeSize { get; init; } = 24;
}
