using System.Runtime.CompilerServices;
using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Analysis.Communities;

/// <summary>Quality functions of a partition, computed the way igraph computes them.</summary>
public static class PartitionQuality
{
    /// <summary>Weighted modularity Q = 1/(2m) sum_c (in_c - gamma K_c^2 / (2m)); NaN when the graph has no weight.</summary>
    /// <remarks>in_c counts each internal edge twice and each self-loop twice; K_c is the sum of strengths.</remarks>
    public static double Modularity(CsrGraph graph, ReadOnlySpan<int> membership, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var totals = Totals(graph, membership, null);
        return ModularityOf(totals, graph.TotalWeight, resolution);
    }

    /// <summary>Constant Potts model: sum_c (internal weight of c - gamma n_c (n_c - 1) / 2).</summary>
    public static double Cpm(CsrGraph graph, ReadOnlySpan<int> membership, double resolution)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return CpmOf(Totals(graph, membership, null), resolution);
    }

    /// Per-community sums: twice the internal weight, strength and size (node weights from `sizes`, else 1).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static CommunityTotals Totals(CsrGraph graph, ReadOnlySpan<int> membership, double[]? sizes)
    {
        if (membership.Length != graph.NodeCount)
        {
            throw new ArgumentException(
                $"Membership has {membership.Length} entries for a graph of {graph.NodeCount} nodes.", nameof(membership));
        }

        var count = 0;
        foreach (var c in membership)
        {
            if (c < 0)
            {
                throw new ArgumentException("Community ids must be >= 0.", nameof(membership));
            }

            count = Math.Max(count, c + 1);
        }

        var totals = new CommunityTotals(count);
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        for (var u = 0; u < graph.NodeCount; u++)
        {
            var c = membership[u];
            var inside = 2 * graph.Loops[u];
            for (var e = offsets[u]; e < offsets[u + 1]; e++)
            {
                if (membership[targets[e]] == c)
                {
                    inside += weights[e];
                }
            }

            totals.Inside[c] += inside;
            totals.Strength[c] += graph.Strengths[u];
            totals.Size[c] += sizes is null ? 1.0 : sizes[u];
        }

        return totals;
    }

    internal static double ModularityOf(CommunityTotals totals, double totalWeight, double resolution)
    {
        if (!(totalWeight > 0))
        {
            return double.NaN;
        }

        var twoM = 2 * totalWeight;
        var q = 0.0;
        for (var c = 0; c < totals.Inside.Length; c++)
        {
            q += totals.Inside[c] - resolution * totals.Strength[c] * totals.Strength[c] / twoM;
        }

        return q / twoM;
    }

    internal static double CpmOf(CommunityTotals totals, double resolution)
    {
        var q = 0.0;
        for (var c = 0; c < totals.Inside.Length; c++)
        {
            var n = totals.Size[c];
            q += totals.Inside[c] / 2 - resolution * n * (n - 1) / 2;
        }

        return q;
    }

    internal sealed class CommunityTotals(int count)
    {
        public double[] Inside { get; } = new double[count];

        public double[] Strength { get; } = new double[count];

        public double[] Size { get; } = new double[count];
    }
}
