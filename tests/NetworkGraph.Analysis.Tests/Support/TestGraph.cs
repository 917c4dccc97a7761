using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Analysis.Tests.Support;

/// A plain edge list for building test graphs and for brute-force checks that share no code with the library.
internal sealed class TestGraph(int nodeCount)
{
    public int NodeCount { get; } = nodeCount;

    public List<(int U, int V, double W)> Edges { get; } = [];

    public TestGraph Add(int u, int v, double w = 1.0)
    {
        Edges.Add((u, v, w));
        return this;
    }

    public CsrGraph ToCsr(int threads = 1) => CsrGraph.FromEdges(
        Edges.Select(e => e.U).ToArray(), Edges.Select(e => e.V).ToArray(), Edges.Select(e => e.W).ToArray(), NodeCount, threads);

    /// Adds a clique on the given nodes.
    public TestGraph Clique(IEnumerable<int> nodes, double w = 1.0)
    {
        var list = nodes.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            for (var j = i + 1; j < list.Length; j++)
            {
                Add(list[i], list[j], w);
            }
        }

        return this;
    }

    /// Two k-cliques {0..k-1} and {k..2k-1} joined by the edge (k-1, k).
    public static TestGraph TwoCliques(int k)
    {
        var g = new TestGraph(2 * k).Clique(Enumerable.Range(0, k)).Clique(Enumerable.Range(k, k));
        return g.Add(k - 1, k);
    }

    /// `count` cliques of `size` nodes, clique i joined to clique i+1 (mod count) by one edge.
    public static TestGraph RingOfCliques(int count, int size)
    {
        var g = new TestGraph(count * size);
        for (var c = 0; c < count; c++)
        {
            g.Clique(Enumerable.Range(c * size, size));
            g.Add(c * size, ((c + 1) % count) * size + size - 1);
        }

        return g;
    }

    /// Planted partition: groups of random size, p_in inside, about `outDegree` random edges per node outside,
    /// random weights, a few self-loops and parallel edges when `messy`.
    public static TestGraph Random(int seed, int nodeCount, double pIn, double outDegree, bool messy)
    {
        var random = new Random(seed);
        var g = new TestGraph(nodeCount);
        var start = 0;
        while (start < nodeCount)
        {
            var size = Math.Min(nodeCount - start, random.Next(2, 12));
            for (var i = start; i < start + size; i++)
            {
                for (var j = i + 1; j < start + size; j++)
                {
                    if (random.NextDouble() < pIn)
                    {
                        g.Add(i, j, Weight(random));
                    }
                }
            }

            start += size;
        }

        var outside = (int)(nodeCount * outDegree / 2);
        for (var e = 0; e < outside; e++)
        {
            int u = random.Next(nodeCount), v = random.Next(nodeCount);
            if (u != v || messy)
            {
                g.Add(u, v, Weight(random));
            }
        }

        if (messy && g.Edges.Count > 0)
        {
            for (var e = 0; e < 3; e++)
            {
                var (u, v, w) = g.Edges[random.Next(g.Edges.Count)];
                g.Add(v, u, w);
            }
        }

        return g;
    }

    private static double Weight(Random random) => Math.Round(0.1 + random.NextDouble() * 3, 3);
}
