using NetworkGraph.Analysis.Internal;

namespace NetworkGraph.Analysis.Graphs;

/// Builds a CsrGraph from edge arrays with a counting sort. Each thread owns one contiguous slice of the
/// edges and fills its own cursor per node, so every row lists its edges in input order whatever the thread count.
internal static class CsrGraphBuilder
{
    private const int ParallelThreshold = 1 << 16;

    public static CsrGraph Build(int[] sources, int[] targets, double[]? weights, int count, int nodeCount, int threads)
    {
        if (targets.Length < count || sources.Length < count || (weights is not null && weights.Length < count))
        {
            throw new ArgumentException("Edge arrays are shorter than the edge count.");
        }

        var maxId = Validate(sources, targets, weights, count);
        if (nodeCount < 0)
        {
            nodeCount = maxId + 1;
        }
        else if (maxId >= nodeCount)
        {
            throw new ArgumentException($"Edge endpoint {maxId} is outside 0..{nodeCount - 1}.", nameof(nodeCount));
        }

        var pieces = count < ParallelThreshold ? 1 : WorkRanges.Resolve(threads);
        var cursors = new int[pieces][];
        var loopCounts = new int[pieces];
        WorkRanges.Run(count, pieces, pieces, (start, end, p) =>
        {
            var c = new int[nodeCount];
            var loops = 0;
            for (var e = start; e < end; e++)
            {
                int u = sources[e], v = targets[e];
                if (u == v)
                {
                    loops++;
                    continue;
                }

                c[u]++;
                c[v]++;
            }

            cursors[p] = c;
            loopCounts[p] = loops;
        });

        var offsets = new int[nodeCount + 1];
        long running = 0;
        for (var u = 0; u < nodeCount; u++)
        {
            offsets[u] = (int)running;
            for (var p = 0; p < cursors.Length; p++)
            {
                var c = cursors[p][u];
                cursors[p][u] = (int)running;
                running += c;
            }

            if (running > Array.MaxLength)
            {
                throw new ArgumentException("The graph has too many edges for one CSR array.");
            }
        }

        offsets[nodeCount] = (int)running;
        var adjacency = new int[running];
        var adjacencyWeights = new double[running];
        WorkRanges.Run(count, cursors.Length, cursors.Length, (start, end, p) =>
        {
            var cursor = cursors[p];
            for (var e = start; e < end; e++)
            {
                int u = sources[e], v = targets[e];
                if (u == v)
                {
                    continue;
                }

                var w = weights is null ? 1.0 : weights[e];
                var i = cursor[u]++;
                adjacency[i] = v;
                adjacencyWeights[i] = w;
                var j = cursor[v]++;
                adjacency[j] = u;
                adjacencyWeights[j] = w;
            }
        });

        var loopWeights = new double[nodeCount];
        var loopCount = 0;
        foreach (var c in loopCounts)
        {
            loopCount += c;
        }

        if (loopCount > 0)
        {
            for (var e = 0; e < count; e++)
            {
                if (sources[e] == targets[e])
                {
                    loopWeights[sources[e]] += weights is null ? 1.0 : weights[e];
                }
            }
        }

        return new CsrGraph(offsets, adjacency, adjacencyWeights, loopWeights, loopCount);
    }

    private static int Validate(int[] sources, int[] targets, double[]? weights, int count)
    {
        var max = -1;
        for (var e = 0; e < count; e++)
        {
            int u = sources[e], v = targets[e];
            if ((u | v) < 0)
            {
                throw new ArgumentException($"Edge {e} has a negative endpoint ({u}, {v}).");
            }

            max = Math.Max(max, Math.Max(u, v));
            if (weights is not null && !(weights[e] >= 0 && double.IsFinite(weights[e])))
            {
                throw new ArgumentException($"Edge {e} has weight {weights[e]}; weights must be finite and >= 0.");
            }
        }

        return max;
    }
}
