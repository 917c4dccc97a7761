namespace NetworkGraph.Analysis.Tests.Support;

/// Textbook formulas over a dense adjacency matrix, independent of the library code.
internal static class BruteForce
{
    public static double[,] Adjacency(TestGraph graph)
    {
        var a = new double[graph.NodeCount, graph.NodeCount];
        foreach (var (u, v, w) in graph.Edges)
        {
            a[u, v] += w;
            a[v, u] += w; // a self-loop lands twice on the diagonal: A[i,i] = 2w, as in igraph
        }

        return a;
    }

    /// Q = 1/(2m) sum_ij (A_ij - gamma k_i k_j / 2m) [c_i = c_j].
    public static double Modularity(TestGraph graph, IReadOnlyList<int> membership, double gamma = 1.0)
    {
        var a = Adjacency(graph);
        var n = graph.NodeCount;
        var k = new double[n];
        var twoM = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                k[i] += a[i, j];
            }

            twoM += k[i];
        }

        var q = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (membership[i] == membership[j])
                {
                    q += a[i, j] - gamma * k[i] * k[j] / twoM;
                }
            }
        }

        return q / twoM;
    }

    /// CPM = sum over unordered pairs i &lt; j in one community of (A_ij - gamma), plus the self-loop weights.
    public static double Cpm(TestGraph graph, IReadOnlyList<int> membership, double gamma)
    {
        var a = Adjacency(graph);
        var q = 0.0;
        for (var i = 0; i < graph.NodeCount; i++)
        {
            q += a[i, i] / 2;
            for (var j = i + 1; j < graph.NodeCount; j++)
            {
                if (membership[i] == membership[j])
                {
                    q += a[i, j] - gamma;
                }
            }
        }

        return q;
    }

    /// True when the nodes of every community induce a connected subgraph.
    public static bool CommunitiesAreConnected(TestGraph graph, IReadOnlyList<int> membership)
    {
        var neighbors = new List<int>[graph.NodeCount];
        for (var i = 0; i < graph.NodeCount; i++)
        {
            neighbors[i] = [];
        }

        foreach (var (u, v, _) in graph.Edges)
        {
            neighbors[u].Add(v);
            neighbors[v].Add(u);
        }

        var seen = new bool[graph.NodeCount];
        var reached = new HashSet<int>();
        for (var s = 0; s < graph.NodeCount; s++)
        {
            if (seen[s])
            {
                continue;
            }

            if (!reached.Add(membership[s]))
            {
                return false; // a second piece of a community we already walked
            }

            var stack = new Stack<int>([s]);
            seen[s] = true;
            while (stack.Count > 0)
            {
                foreach (var t in neighbors[stack.Pop()])
                {
                    if (!seen[t] && membership[t] == membership[s])
                    {
                        seen[t] = true;
                        stack.Push(t);
                    }
                }
            }
        }

        return true;
    }
}
