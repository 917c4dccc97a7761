using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.Ranking;

namespace NetworkGraph.Analysis.Ranking;

/// <summary>PageRank both ways, strongly connected components and core numbers of a directed graph, computed with
/// QuikGraph's algorithms on a <see cref="BidirectionalGraph{TVertex, TEdge}"/>.</summary>
/// <param name="Graph">The graph, vertices 0..n-1.</param>
/// <param name="TargetRank">PageRank along the edges (high for vertices many others point to).</param>
/// <param name="SourceRank">PageRank along the reversed edges (high for vertices pointing to many).</param>
/// <param name="Component">Strongly connected component of each vertex.</param>
/// <param name="Core">Core number of each vertex in the undirected view.</param>
public sealed record DirectedRanking(
    BidirectionalGraph<int, SEquatableEdge<int>> Graph,
    double[] TargetRank,
    double[] SourceRank,
    int[] Component,
    int[] Core)
{
    /// <summary>PageRank's damping factor.</summary>
    public const double Damping = 0.85;

    /// <summary>Ranks the distinct edges sources[i] -&gt; targets[i] over <paramref name="vertexCount"/> vertices
    /// (repeated edges and self-loops are dropped).</summary>
    public static DirectedRanking Compute(int vertexCount, int[] sources, int[] targets)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        if (sources.Length != targets.Length)
        {
            throw new ArgumentException($"{sources.Length} sources but {targets.Length} targets.", nameof(targets));
        }

        var graph = new BidirectionalGraph<int, SEquatableEdge<int>>(allowParallelEdges: false, vertexCapacity: vertexCount, edgeCapacity: sources.Length);
        var reversed = new BidirectionalGraph<int, SEquatableEdge<int>>(allowParallelEdges: false, vertexCapacity: vertexCount, edgeCapacity: sources.Length);
        for (var v = 0; v < vertexCount; v++)
        {
            graph.AddVertex(v);
            reversed.AddVertex(v);
        }

        for (var i = 0; i < sources.Length; i++)
        {
            if ((uint)sources[i] >= (uint)vertexCount || (uint)targets[i] >= (uint)vertexCount)
            {
                throw new ArgumentOutOfRangeException(nameof(sources), $"Edge {i} ({sources[i]} -> {targets[i]}) leaves 0..{vertexCount - 1}.");
            }

            if (sources[i] != targets[i])
            {
                graph.AddEdge(new SEquatableEdge<int>(sources[i], targets[i]));
                reversed.AddEdge(new SEquatableEdge<int>(targets[i], sources[i]));
            }
        }

        return new DirectedRanking(graph, PageRank(graph), PageRank(reversed), Components(graph), CoreNumbers.Of(graph));
    }

    private static double[] PageRank(BidirectionalGraph<int, SEquatableEdge<int>> graph)
    {
        var algorithm = new PageRankAlgorithm<int, SEquatableEdge<int>>(graph) { Damping = Damping, Tolerance = 1e-9, MaxIterations = 200 };
        algorithm.Compute();
        var result = new double[graph.VertexCount];
        foreach (var (v, rank) in algorithm.Ranks)
        {
            result[v] = rank;
        }

        return result;
    }

    private static int[] Components(BidirectionalGraph<int, SEquatableEdge<int>> graph)
    {
        var algorithm = new StronglyConnectedComponentsAlgorithm<int, SEquatableEdge<int>>(graph);
        algorithm.Compute();
        var result = new int[graph.VertexCount];
        foreach (var (v, component) in algorithm.Components)
        {
            result[v] = component;
        }

        return result;
    }
}
