using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Tests.Support;
using QuikGraph;

namespace NetworkGraph.Analysis.Tests.Communities;

public sealed class ComponentsTests
{
    private static readonly CommunityOptions Components = new() { Algorithm = CommunityAlgorithm.Components };

    [Fact]
    public void Finds_components_largest_first_with_isolated_nodes_alone()
    {
        // {0,1,2} path, {3,4} edge, 5 isolated, {6,7,8,9} star.
        var graph = new TestGraph(10).Add(0, 1).Add(1, 2).Add(3, 4).Add(6, 7).Add(6, 8).Add(6, 9);

        var partition = CommunityDetector.Detect(graph.ToCsr(), Components);

        Assert.Equal(4, partition.CommunityCount);
        Assert.Equal([1, 1, 1, 2, 2, 3, 0, 0, 0, 0], partition.Membership);
    }

    [Fact]
    public void Counts_a_self_loop_node_as_its_own_component()
    {
        var graph = new TestGraph(3).Add(0, 1).Add(2, 2, 5);

        var partition = CommunityDetector.Detect(graph.ToCsr(), Components);

        Assert.Equal([0, 0, 1], partition.Membership);
    }

    [Fact]
    public void Ignores_edge_direction_on_a_directed_QuikGraph_graph()
    {
        var graph = new AdjacencyGraph<string, TaggedEdge<string, double>>();
        graph.AddVertexRange(["a", "b", "c", "d", "e"]);
        graph.AddEdge(new TaggedEdge<string, double>("a", "b", 1));
        graph.AddEdge(new TaggedEdge<string, double>("c", "b", 1));
        graph.AddEdge(new TaggedEdge<string, double>("e", "d", 1));

        var result = CommunityDetector.Detect(graph, Components);

        Assert.Equal(2, result.Partition.CommunityCount);
        Assert.Equal(result.CommunityOf("a"), result.CommunityOf("c"));
        Assert.Equal(result.CommunityOf("d"), result.CommunityOf("e"));
        Assert.NotEqual(result.CommunityOf("a"), result.CommunityOf("e"));
    }

    [Fact]
    public void QuikGraph_path_matches_the_csr_path_below_the_size_limit()
    {
        var graph = new UndirectedGraph<int, UndirectedEdge<int>>();
        graph.AddVertexRange(Enumerable.Range(0, 300));
        var random = new Random(8);
        for (var e = 0; e < 200; e++)
        {
            int a = random.Next(300), b = random.Next(300);
            graph.AddEdge(a < b ? new UndirectedEdge<int>(a, b) : new UndirectedEdge<int>(b, a));
        }

        var viaQuikGraph = CommunityDetector.Detect(graph, Components);
        var viaCsr = CommunityDetector.Detect(viaQuikGraph.Graph.Graph, Components);

        Assert.Equal(viaCsr.Membership, viaQuikGraph.Partition.Membership);
        Assert.Equal(viaCsr.CommunityCount, viaQuikGraph.Partition.CommunityCount);
    }
}
