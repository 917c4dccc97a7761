namespace NetworkGraph.Analysis.Communities;

/// <summary>The community-detection algorithms that <see cref="CommunityDetector"/> runs.</summary>
public enum CommunityAlgorithm
{
    /// <summary>Leiden (Traag, Waltman and van Eck 2019): fast local moving, refinement, aggregation; communities are connected.</summary>
    Leiden,

    /// <summary>Louvain (Blondel et al. 2008) with queue-based local moving; communities may be disconnected.</summary>
    Louvain,

    /// <summary>Asynchronous weighted label propagation with a work queue, seeded random order and tie breaks.</summary>
    LabelPropagation,

    /// <summary>Connected components (weakly connected components of the undirected view).</summary>
    Components,
}
