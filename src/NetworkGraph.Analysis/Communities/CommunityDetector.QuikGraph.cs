using NetworkGraph.Analysis.Graphs;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace NetworkGraph.Analysis.Communities;

public static partial class CommunityDetector
{
    /// QuikGraph's components search recurses once per vertex on a path, so it serves small graphs only.
    private const int QuikGraphComponentsLimit = 1024;

    /// <summary>Partitions a QuikGraph graph (directed edges count as undirected) and keeps the vertex mapping.
    /// Small undirected graphs get their components from QuikGraph itself; everything else runs on a CsrGraph.</summary>
    public static VertexPartition<TVertex> Detect<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph,
        CommunityOptions? options = null, Func<TEdge, double>? weight = null, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new CommunityOptions();
        options.Validate();
        var mapped = graph.ToCsrGraph(weight, options.Threads);
        Partition partition;
        if (options.Algorithm == CommunityAlgorithm.Components
            && graph is IUndirectedGraph<TVertex, TEdge> undirected
            && graph.VertexCount <= QuikGraphComponentsLimit)
        {
            var algorithm = new ConnectedComponentsAlgorithm<TVertex, TEdge>(undirected);
            algorithm.Compute();
            var membership = new int[mapped.Vertices.Count];
            foreach (var (vertex, component) in algorithm.Components)
            {
                membership[mapped.IdOf(vertex)] = component;
            }

            partition = Normalize(mapped.Graph, new Partition(membership, algorithm.ComponentCount, 0, 0, 1), options);
        }
        else
        {
            partition = Detect(mapped.Graph, options, cancellationToken);
        }

        return new VertexPartition<TVertex>(mapped, partition);
    }
}
