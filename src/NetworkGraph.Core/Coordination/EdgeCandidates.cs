namespace NetworkGraph.Core.Coordination;

/// <summary>Phase-one result of one kind: every edge heavy enough to survive <see cref="CoordinationOptions.MinEdgeWeight"/>
/// in its largest window, with per-window pair counts (and weights), plus the distribution of all edge weights.</summary>
internal sealed class EdgeCandidates
{
    public EdgeCandidates(int windows)
    {
        Windows = windows;
        CandidateEdges = new long[windows];
        CandidatePairs = new long[windows];
        CountHistogram = new CountHistogram[windows];
        for (var w = 0; w < windows; w++)
        {
            CountHistogram[w] = new CountHistogram();
        }
    }

    public int Windows { get; }

    /// <summary>Edge keys (lo, hi without band), ascending within each bucket.</summary>
    public GrowArray<ulong> Edge { get; } = new(1024);

    /// <summary>Pair counts, <see cref="Windows"/> per edge, cumulative over windows.</summary>
    public GrowArray<int> Count { get; } = new(1024);

    /// <summary>Down-weighted weights in the same layout, or null when weight = count.</summary>
    public GrowArray<double>? Weight { get; init; }

    /// <summary>Per window: edges with at least one pair (before any weight filter).</summary>
    public long[] CandidateEdges { get; }

    /// <summary>Per window: pairs behind those edges.</summary>
    public long[] CandidatePairs { get; }

    /// <summary>Per window: how many edges have each pair count (all edges, for the quantile).</summary>
    public CountHistogram[] CountHistogram { get; }

    /// <summary>Per window: every edge weight, kept only when down-weighting and a quantile are both asked for.</summary>
    public GrowArray<double>[]? WeightValues { get; init; }

    /// <summary>The pair records of the stored edges, by part (one part per bucket), edge after edge.</summary>
    public List<GrowArray<PairRecord>> RecordParts { get; } = [];

    /// <summary>Per stored edge: its record part.</summary>
    public GrowArray<int> RecordPart { get; } = new(1024);

    /// <summary>Per stored edge: where its records start in its part (there are CountAt(edge, Windows - 1) of them).</summary>
    public GrowArray<int> RecordStart { get; } = new(1024);

    public int EdgeCount => Edge.Count;

    public int CountAt(int edge, int window) => Count[(edge * Windows) + window];

    /// <summary>The pair records of a stored edge, in emission order (object, then time).</summary>
    public ReadOnlySpan<PairRecord> RecordsOf(int edge) =>
        RecordParts[RecordPart[edge]].AsSpan().Slice(RecordStart[edge], CountAt(edge, Windows - 1));

    public double WeightAt(int edge, int window) =>
        Weight is null ? Count[(edge * Windows) + window] : Weight[(edge * Windows) + window];

    /// <summary>Appends another bucket's result (buckets are merged in bucket order); records are shared, not copied.</summary>
    public void Append(EdgeCandidates other)
    {
        var part = RecordParts.Count;
        RecordParts.Add(other.RecordParts.Single());
        for (var e = 0; e < other.EdgeCount; e++)
        {
            RecordPart.Add(part);
        }

        RecordStart.AddRange(other.RecordStart.AsSpan());
        Edge.AddRange(other.Edge.AsSpan());
        Count.AddRange(other.Count.AsSpan());
        Weight?.AddRange(other.Weight!.AsSpan());

        for (var w = 0; w < Windows; w++)
        {
            CandidateEdges[w] += other.CandidateEdges[w];
            CandidatePairs[w] += other.CandidatePairs[w];
            CountHistogram[w].Merge(other.CountHistogram[w]);
            WeightValues?[w].AddRange(other.WeightValues![w].AsSpan());
        }
    }
}
