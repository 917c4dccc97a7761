using System.Diagnostics;

namespace NetworkGraph.Core.Coordination;

/// <summary>The coordination edges of one kind and one window, after every filter.</summary>
[DebuggerDisplay("{Kind} {Window}: {Edges.Count} edges")]
public sealed class CoordinationLayer
{
    /// <summary>The object kind.</summary>
    public required ShareKind Kind { get; init; }

    /// <summary>The pairwise window.</summary>
    public required TimeSpan Window { get; init; }

    /// <summary>The kept edges, ordered by (Source, Target).</summary>
    public required IReadOnlyList<CoordinationEdge> Edges { get; init; }

    /// <summary>Edges with at least one pair, before the weight filters.</summary>
    public required long CandidateEdges { get; init; }

    /// <summary>Share pairs behind the candidate edges.</summary>
    public required long CandidatePairs { get; init; }

    /// <summary>The weight quantile used as a strict lower bound, when <see cref="CoordinationOptions.EdgeWeightQuantile"/> is set.</summary>
    public double? WeightThreshold { get; init; }
}
