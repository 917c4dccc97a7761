using System.Diagnostics;

namespace NetworkGraph.Core.Coordination;

/// <summary>An undirected coordination edge of one layer (kind and window), Source &lt; Target.</summary>
[DebuggerDisplay("{Source}-{Target} w={Weight} pairs={PairCount}")]
public sealed class CoordinationEdge
{
    /// <summary>The smaller dense account index.</summary>
    public required int Source { get; init; }

    /// <summary>The larger dense account index.</summary>
    public required int Target { get; init; }

    /// <summary>Co-shares: the number of (source share, target share) pairs within the window (CooRTweet's weight).</summary>
    public required long PairCount { get; init; }

    /// <summary>The edge weight: <see cref="PairCount"/>, or the sum of object weights under popularity down-weighting.</summary>
    public required double Weight { get; init; }

    /// <summary>Mean |dt| of the pairs in seconds (CooRTweet's avg_time_delta).</summary>
    public required double MeanDeltaSeconds { get; init; }

    /// <summary>Smallest |dt| of the pairs in seconds.</summary>
    public required double MinDeltaSeconds { get; init; }

    /// <summary>The earliest share among the pairs.</summary>
    public required DateTimeOffset First { get; init; }

    /// <summary>The latest share among the pairs.</summary>
    public required DateTimeOffset Last { get; init; }

    /// <summary>Distinct posts of the source account among the pairs.</summary>
    public required int SourcePosts { get; init; }

    /// <summary>Distinct posts of the target account among the pairs.</summary>
    public required int TargetPosts { get; init; }

    /// <summary>min(SourcePosts, TargetPosts) / max(SourcePosts, TargetPosts): 1 when both sides contribute equally.</summary>
    /// <remarks>Counted per account. CooRTweet's edge_symmetry_score counts the older and the newer post of each pair
    /// instead (its vertex swap does not swap the content ids), which differs when who-was-first varies.</remarks>
    public double Symmetry => Math.Max(SourcePosts, TargetPosts) == 0
        ? 0
        : Math.Min(SourcePosts, TargetPosts) / (double)Math.Max(SourcePosts, TargetPosts);

    /// <summary>The pairs behind the edge: all of them when <see cref="PairCount"/> is at most the evidence cap,
    /// otherwise a seeded uniform sample of cap pairs; ordered by time.</summary>
    public required IReadOnlyList<EvidencePair> Evidence { get; init; }

    /// <summary>Whether <see cref="Evidence"/> is a sample rather than every pair.</summary>
    public bool EvidenceIsSample => Evidence.Count < PairCount;
}
