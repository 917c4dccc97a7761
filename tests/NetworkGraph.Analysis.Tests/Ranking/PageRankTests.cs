using NetworkGraph.Analysis.Ranking;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;

namespace NetworkGraph.Analysis.Tests.Ranking;

public sealed class PageRankTests
{
    [Theory]
    [InlineData(1, 40, 120)]
    [InlineData(2, 300, 2000)]
    [InlineData(3, 25, 600)]
    [InlineData(4, 1, 3)]
    public void Ranks_equal_QuikGraphs_PageRankAlgorithm_to_the_bit_both_ways_with_repeated_edges_and_self_loops(int seed, int vertices, int edges)
    {
        var random = new Random(seed);
        var sources = new int[edges];
        var targets = new int[edges];
        for (var i = 0; i < edges; i++)
        {
            // Skewed towards low ids: hubs, repeated edges and self-loops all occur.
            sources[i] = (int)(vertices * Math.Pow(random.NextDouble(), 2));
            targets[i] = (int)(vertices * Math.Pow(random.NextDouble(), 3));
        }

        var ranking = DirectedRanking.Compute(vertices, sources, targets);

        Assert.Equal(QuikGraphRanks(vertices, sources, targets), ranking.TargetRank);
        Assert.Equal(QuikGraphRanks(vertices, targets, sources), ranking.SourceRank);
    }

    [Fact]
    public void A_graph_without_edges_keeps_every_vertex_at_one_minus_the_damping()
    {
        var graph = new BidirectionalGraph<int, SEquatableEdge<int>>();
        graph.AddVertexRange([0, 1, 2]);

        var ranks = PageRank.Compute(graph, reversed: false, DirectedRanking.Damping, DirectedRanking.Tolerance, DirectedRanking.MaxIterations);

        Assert.Equal([1 - DirectedRanking.Damping, 1 - DirectedRanking.Damping, 1 - DirectedRanking.Damping], ranks);
    }

    /// <summary>QuikGraph's PageRank on the graph DirectedRanking describes (distinct edges, no self-loops).</summary>
    private static double[] QuikGraphRanks(int vertices, int[] sources, int[] targets)
    {
        var graph = new BidirectionalGraph<int, SEquatableEdge<int>>(allowParallelEdges: false);
        graph.AddVertexRange(Enumerable.Range(0, vertices));
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] != targets[i])
            {
                graph.AddEdge(new SEquatableEdge<int>(sources[i], targets[i]));
            }
        }

        var algorithm = new PageRankAlgorithm<int, SEquatableEdge<int>>(graph)
        {
            Damping = DirectedRanking.Damping,
            Tolerance = DirectedRanking.Tolerance,
            MaxIterations = DirectedRanking.MaxIterations,
        };
        algorithm.Compute();
        return Enumerable.Range(0, vertices).Select(v => algorithm.Ranks[v]).ToArray();
    }
}
