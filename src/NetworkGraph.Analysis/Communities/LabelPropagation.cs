using System.Runtime.CompilerServices;
using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.Internal;

namespace NetworkGraph.Analysis.Communities;

/// Asynchronous weighted label propagation driven by a work queue: nodes start with their own label and enter the
/// queue in random order; a node whose label is not among the heaviest labels of its neighbours takes one of those
/// (uniformly at random), and its neighbours with another label re-enter the queue. Each change strictly raises the
/// total weight of edges whose ends agree, so the queue empties: then every label is dominant, igraph's stop rule.
internal static class LabelPropagation
{
    /// Returns the labels (node ids) and the number of node updates made.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int[] Labels, long Updates) Run(CsrGraph graph, int seed, long maxUpdates, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var labels = new int[n];
        var queue = new int[Math.Max(1, n)];
        var inQueue = new bool[n];
        var weightOf = new double[n];
        var touched = new int[Math.Max(1, n)];
        Array.Fill(weightOf, -1.0);
        for (var v = 0; v < n; v++)
        {
            labels[v] = v;
            queue[v] = v;
        }

        var random = FastRandom.Derive((ulong)seed, 3);
        random.Shuffle(queue.AsSpan(0, n));
        Array.Fill(inQueue, true);
        int head = 0, tail = 0;
        long pending = n, updates = 0;
        while (pending > 0 && updates < maxUpdates)
        {
            if ((updates & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            pending--;
            updates++;
            inQueue[v] = false;
            var count = 0;
            var max = 0.0;
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                var l = labels[graph.Targets[e]];
                if (weightOf[l] < 0)
                {
                    weightOf[l] = 0;
                    touched[count++] = l;
                }

                weightOf[l] += graph.Weights[e];
                max = Math.Max(max, weightOf[l]);
            }

            var own = labels[v];
            var ownWeight = Math.Max(0, weightOf[own]);
            var keep = ownWeight >= max;
            var ties = 0;
            for (var i = 0; i < count; i++)
            {
                var l = touched[i];
                if (weightOf[l] == max)
                {
                    touched[ties++] = l;
                }

                weightOf[l] = -1;
            }

            if (keep)
            {
                continue;
            }

            var chosen = touched[ties == 1 ? 0 : random.NextInt(ties)];
            labels[v] = chosen;
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                var t = graph.Targets[e];
                if (!inQueue[t] && labels[t] != chosen)
                {
                    inQueue[t] = true;
                    queue[tail] = t;
                    tail = tail + 1 == n ? 0 : tail + 1;
                    pending++;
                }
            }
        }

        return (labels, updates);
    }
}
