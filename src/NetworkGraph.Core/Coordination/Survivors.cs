namespace NetworkGraph.Core.Coordination;

/// <summary>The edges that pass the weight filters in at least one window, with a bit per window they pass in.</summary>
internal sealed class Survivors
{
    private Survivors(int windows, double?[] thresholds)
    {
        Windows = windows;
        Thresholds = thresholds;
    }

    public int Windows { get; }

    /// <summary>Per window: the quantile threshold, when asked for.</summary>
    public double?[] Thresholds { get; }

    /// <summary>Indices into the candidates, ascending (so edge keys ascend too).</summary>
    public GrowArray<int> Candidate { get; } = new(1024);

    /// <summary>Bit w set when the edge is kept in window w.</summary>
    public GrowArray<ushort> Pass { get; } = new(1024);

    public int Count => Candidate.Count;

    /// <summary>Applies <see cref="CoordinationOptions.MinEdgeWeight"/> and the strict quantile rule per window.</summary>
    public static Survivors Select(EdgeCandidates candidates, CoordinationOptions options)
    {
        var m = candidates.Windows;
        var thresholds = new double?[m];
        if (options.EdgeWeightQuantile is { } p)
        {
            for (var w = 0; w < m; w++)
            {
                var q = candidates.WeightValues is not null
                    ? WeightQuantile.FromValues(candidates.WeightValues[w].AsSpan(), p)
                    : WeightQuantile.FromHistogram(candidates.CountHistogram[w], p);
                thresholds[w] = double.IsNaN(q) ? null : q;
            }
        }

        var survivors = new Survivors(m, thresholds);
        for (var e = 0; e < candidates.EdgeCount; e++)
        {
            ushort pass = 0;
            for (var w = 0; w < m; w++)
            {
                var weight = candidates.WeightAt(e, w);
                var kept = candidates.CountAt(e, w) > 0
                    && weight >= options.MinEdgeWeight
                    && (thresholds[w] is not { } threshold || weight > threshold);
                if (kept)
                {
                    pass |= (ushort)(1 << w);
                }
            }

            if (pass != 0)
            {
                survivors.Candidate.Add(e);
                survivors.Pass.Add(pass);
            }
        }

        return survivors;
    }
}
