namespace NetworkGraph.Analysis.Communities;

/// <summary>Settings for <see cref="CommunityDetector.Detect"/>; the defaults run Leiden on modularity with resolution 1.</summary>
public sealed class CommunityOptions
{
    /// <summary>Default cap on Leiden iterations (each one a full multilevel pass started from the previous result).</summary>
    public const int DefaultMaxIterations = 10;

    /// <summary>The algorithm to run.</summary>
    public CommunityAlgorithm Algorithm { get; init; } = CommunityAlgorithm.Leiden;

    /// <summary>The objective for Leiden and Louvain; label propagation and components ignore it except for reporting.</summary>
    public QualityFunction Quality { get; init; } = QualityFunction.Modularity;

    /// <summary>Resolution gamma (> 0 for modularity, >= 0 for CPM); higher values give smaller communities.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>Seed of every random choice: the same graph, options and seed give the same partition.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Leiden only: stop after this many iterations even if the last one still changed something
    /// (&lt;= 0: until an iteration changes nothing). Louvain runs one multilevel pass; label propagation runs until stable.</summary>
    public int MaxIterations { get; init; } = DefaultMaxIterations;

    /// <summary>Worker threads (0 = all processors). Results do not depend on it.</summary>
    public int Threads { get; init; }

    /// From this many nodes on, Leiden renumbers nodes for memory locality and caps the first iteration's
    /// level-0 moving (see MultilevelOptimizer); tests lower it to cover that path on small graphs.
    internal int LargeGraphThreshold { get; init; } = 50_000;

    internal void Validate()
    {
        if (!Enum.IsDefined(Algorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(Algorithm), Algorithm, "Unknown algorithm.");
        }

        if (!Enum.IsDefined(Quality))
        {
            throw new ArgumentOutOfRangeException(nameof(Quality), Quality, "Unknown quality function.");
        }

        var low = Quality == QualityFunction.Modularity ? Resolution <= 0 : Resolution < 0;
        if (low || !double.IsFinite(Resolution))
        {
            throw new ArgumentOutOfRangeException(nameof(Resolution), Resolution,
                "Resolution must be finite and > 0 (modularity) or >= 0 (CPM).");
        }

        if (Threads < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "Threads must be >= 0 (0 = all processors).");
        }
    }
}
