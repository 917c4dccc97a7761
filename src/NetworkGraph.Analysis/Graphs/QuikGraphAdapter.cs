using QuikGraph;

namespace NetworkGraph.Analysis.Graphs;

/// <summary>Freezes QuikGraph graphs into <see cref="CsrGraph"/>s with dense ids.</summary>
public static class QuikGraphAdapter
{
    /// <summary>Builds the compact undirected view of a graph: ids follow the graph's vertex order; directed edges
    /// lose their direction (u-&gt;v and v-&gt;u become two parallel edges). The weight defaults to the edge's
    /// <see cref="ITagged{TTag}"/> double tag, else 1.</summary>
    public static MappedGraph<TVertex> ToCsrGraph<TVertex, TEdge>(this IEdgeListGraph<TVertex, TEdge> graph,
        Func<TEdge, double>? weight = null, int threads = 0)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        var vertices = new TVertex[graph.VertexCount];
        var ids = new Dictionary<TVertex, int>(graph.VertexCount);
        var next = 0;
        foreach (var vertex in graph.Vertices)
        {
            ids.Add(vertex, next);
            vertices[next++] = vertex;
        }

        var count = graph.EdgeCount;
        var sources = new int[count];
        var targets = new int[count];
        var weights = new double[count];
        var e = 0;
        foreach (var edge in graph.Edges)
        {
            sources[e] = ids[edge.Source];
            targets[e] = ids[edge.Target];
            var w = weight is not null ? weight(edge) : edge is ITagged<double> tagged ? tagged.Tag : 1.0;
            if (!(w >= 0 && double.IsFinite(w)))
            {
                throw new ArgumentException($"Edge {edge.Source}-{edge.Target} has weight {w}; weights must be finite and >= 0.", nameof(graph));
            }

            weights[e++] = w;
        }

        var csr = CsrGraph.FromEdges(sources, targets, weights, vertices.Length, threads);
        return new MappedGraph<TVertex>(csr, vertices, ids);
    }
}
