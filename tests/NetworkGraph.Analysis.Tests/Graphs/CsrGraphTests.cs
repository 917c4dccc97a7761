using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.Tests.Support;

namespace NetworkGraph.Analysis.Tests.Graphs;

public sealed class CsrGraphTests
{
    [Fact]
    public void Stores_each_edge_in_both_rows_and_counts_self_loops_twice_in_the_strength()
    {
        var graph = CsrGraph.FromEdges([0, 1, 2, 2], [1, 2, 2, 0], [1.5, 2, 4, 0.5]);

        Assert.Equal(3, graph.NodeCount);
        Assert.Equal(4, graph.EdgeCount);
        Assert.Equal(8, graph.TotalWeight);
        Assert.Equal([1, 2], graph.Neighbors(0).ToArray());
        Assert.Equal([1.5, 0.5], graph.NeighborWeights(0).ToArray());
        Assert.Equal([1, 0], graph.Neighbors(2).ToArray());
        Assert.Equal(4, graph.SelfLoopWeight(2));
        Assert.Equal(2 + 0.5 + 2 * 4, graph.Strength(2));
    }

    [Fact]
    public void Keeps_parallel_edges_and_isolated_nodes()
    {
        var graph = CsrGraph.FromEdges([0, 1], [1, 0], [1, 2], nodeCount: 4);

        Assert.Equal(4, graph.NodeCount);
        Assert.Equal([1, 1], graph.Neighbors(0).ToArray());
        Assert.Equal(3, graph.Strength(0));
        Assert.Equal(0, graph.Degree(3));
    }

    [Fact]
    public void Rejects_negative_ids_ids_beyond_the_node_count_and_bad_weights()
    {
        Assert.Throws<ArgumentException>(() => CsrGraph.FromEdges([0, -1], [1, 2]));
        Assert.Throws<ArgumentException>(() => CsrGraph.FromEdges([0, 1], [1, 5], nodeCount: 5));
        Assert.Throws<ArgumentException>(() => CsrGraph.FromEdges([0], [1], [-1.0]));
        Assert.Throws<ArgumentException>(() => CsrGraph.FromEdges([0], [1], [double.NaN]));
    }

    [Fact]
    public void Gives_the_karate_club_its_78_edges()
    {
        var graph = Karate.Csr();

        Assert.Equal(34, graph.NodeCount);
        Assert.Equal(78, graph.EdgeCount);
        Assert.Equal(17, graph.Degree(33));
    }
}
