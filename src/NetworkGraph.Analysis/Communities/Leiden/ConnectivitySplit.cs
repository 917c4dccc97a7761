using System.Runtime.CompilerServices;
using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Analysis.Communities.Leiden;

/// Splits every community into its connected parts (breadth-first search restricted to the community).
/// Splitting a disconnected community never lowers modularity or CPM, and it makes connectivity a hard guarantee.
internal static class ConnectivitySplit
{
    /// Relabels `membership` (any ids in [0, n)) so that each community is connected; returns the new count.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Run(CsrGraph graph, int[] membership)
    {
        var n = graph.NodeCount;
        var label = new int[n];
        Array.Fill(label, -1);
        var queue = new int[n];
        var next = 0;
        for (var s = 0; s < n; s++)
        {
            if (label[s] >= 0)
            {
                continue;
            }

            var community = membership[s];
            label[s] = next;
            int head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail)
            {
                var u = queue[head++];
                for (var e = graph.Offsets[u]; e < graph.Offsets[u + 1]; e++)
                {
                    var t = graph.Targets[e];
                    if (label[t] < 0 && membership[t] == community)
                    {
                        label[t] = next;
                        queue[tail++] = t;
                    }
                }
            }

            next++;
        }

        label.CopyTo(membership, 0);
        return next;
    }
}
