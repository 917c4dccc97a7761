using QuikGraph;

namespace NetworkGraph.Analysis.Ranking;

/// <summary>Core numbers (k-core decomposition, Batagelj-Zaversnik peeling) of a QuikGraph graph's undirected view:
/// vertex v has core number k when it belongs to the largest subgraph in which every vertex has at least k distinct
/// neighbours, and to no such subgraph for k + 1.</summary>
public static class CoreNumbers
{
    /// <summary>Core number of each vertex 0..n-1 of <paramref name="graph"/>, direction ignored.</summary>
    public static int[] Of<TEdge>(IBidirectionalGraph<int, TEdge> graph)
        where TEdge : IEdge<int>
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var neighbours = new HashSet<int>[n];
        for (var v = 0; v < n; v++)
        {
            neighbours[v] = [.. graph.OutEdges(v).Select(e => e.Target).Concat(graph.InEdges(v).Select(e => e.Source)).Where(u => u != v)];
        }

        var degree = neighbours.Select(s => s.Count).ToArray();
        var core = new int[n];
        var removed = new bool[n];

        // Buckets by current degree; always peel a vertex of the smallest degree (lowest id first, for determinism).
        var buckets = new SortedSet<(int Degree, int Vertex)>(Enumerable.Range(0, n).Select(v => (degree[v], v)));
        var k = 0;
        while (buckets.Count > 0)
        {
            var (d, v) = buckets.Min;
            buckets.Remove(buckets.Min);
            k = Math.Max(k, d);
            core[v] = k;
            removed[v] = true;
            foreach (var u in neighbours[v].Where(u => !removed[u]))
            {
                buckets.Remove((degree[u], u));
                degree[u]--;
                buckets.Add((degree[u], u));
            }
        }

        return core;
    }
}
