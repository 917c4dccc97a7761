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

    /// <summary>Indices into the candidates, ordered by edge key (so by source, then target account).</summary>
    public int[] Candidate { get; private set; } = [];

    /// <summary>Bit w set when the edge is kept in window w.</summary>
    public ushort[] Pass { get; private set; } = [];

    public int Count => Candidate.Length;

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

        var selected = new GrowArray<int>(1024);
        var passes = new GrowArray<ushort>(1024);
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
                selected.Add(e);
                passes.Add(pass);
            }
        }

        var keys = new ulong[selected.Count];
        var order = new int[selected.Count];
        for (var s = 0; s < keys.Length; s++)
        {
            keys[s] = candidates.Edge[selected[s]];
            order[s] = s;
        }

        Array.Sort(keys, order);
        return new Survivors(m, thresholds)
        {
            Candidate = order.Select(s => selected[s]).ToArray(),
            Pass = order.Select(s => passes[s]).ToArray(),
        };
    }
}
