namespace NetworkGraph.Analysis.Communities;

/// <summary>The objective that Leiden and Louvain maximise.</summary>
public enum QualityFunction
{
    /// <summary>Newman-Girvan modularity with resolution gamma, weighted, as igraph computes it.</summary>
    Modularity,

    /// <summary>Constant Potts model: sum over communities of internal weight minus gamma * n_c (n_c - 1) / 2.</summary>
    Cpm,
}
