using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Tests.Support;

namespace NetworkGraph.Analysis.Tests.Communities;

public sealed class PartitionQualityTests
{
    [Fact]
    public void Matches_igraph_on_a_weighted_graph_with_a_self_loop()
    {
        // python-igraph 0.10.2: Graph([(0,1),(1,2),(0,2),(2,3),(3,3),(3,4)], weights [1,2,1,1,3,1])
        //   .modularity([0,0,0,1,1], weights="weight") == 0.38888888888888884 (= 7/18)
        var graph = new TestGraph(5).Add(0, 1, 1).Add(1, 2, 2).Add(0, 2, 1).Add(2, 3, 1).Add(3, 3, 3).Add(3, 4, 1);

        var q = PartitionQuality.Modularity(graph.ToCsr(), [0, 0, 0, 1, 1]);

        Assert.Equal(7.0 / 18, q, 14);
    }

    [Fact]
    public void Agrees_with_the_textbook_formulas_on_random_partitions()
    {
        var random = new Random(1);
        for (var g = 0; g < 25; g++)
        {
            var graph = TestGraph.Random(300 + g, 30 + g * 3, 0.5, 2, messy: true);
            var membership = Enumerable.Range(0, graph.NodeCount).Select(_ => random.Next(6)).ToArray();
            var gamma = 0.25 + g * 0.1;

            Assert.Equal(BruteForce.Modularity(graph, membership, gamma), PartitionQuality.Modularity(graph.ToCsr(), membership, gamma), 12);
            Assert.Equal(BruteForce.Cpm(graph, membership, gamma), PartitionQuality.Cpm(graph.ToCsr(), membership, gamma), 9);
        }
    }

    [Fact]
    public void Is_not_a_number_on_a_graph_without_edges()
    {
        Assert.True(double.IsNaN(PartitionQuality.Modularity(new TestGraph(3).ToCsr(), [0, 1, 2])));
    }

    [Fact]
    public void Rejects_a_membership_of_the_wrong_length()
    {
        Assert.Throws<ArgumentException>(() => PartitionQuality.Modularity(Karate.Csr(), [0, 1]));
    }
}
