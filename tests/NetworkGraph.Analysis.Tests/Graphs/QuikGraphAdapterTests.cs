using NetworkGraph.Analysis.Graphs;
using QuikGraph;

namespace NetworkGraph.Analysis.Tests.Graphs;

public sealed class QuikGraphAdapterTests
{
    [Fact]
    public void Maps_vertex_keys_to_dense_ids_in_vertex_order_and_reads_tagged_weights()
    {
        var graph = new UndirectedGraph<string, TaggedUndirectedEdge<string, double>>();
        graph.AddVertexRange(["@alice", "@bob", "@carol"]);
        graph.AddEdge(new TaggedUndirectedEdge<string, double>("@alice", "@bob", 2.5));
        graph.AddEdge(new TaggedUndirectedEdge<string, double>("@bob", "@carol", 1.0));

        var mapped = graph.ToCsrGraph();

        Assert.Equal(["@alice", "@bob", "@carol"], mapped.Vertices);
        Assert.Equal(1, mapped.IdOf("@bob"));
        Assert.Equal(3.5, mapped.Graph.Strength(mapped.IdOf("@bob")));
        Assert.False(mapped.TryGetId("@dave", out _));
        Assert.Equal(2, mapped.ByVertex(new[] { 0, 1, 2 })["@carol"]);
    }

    [Fact]
    public void Uses_unit_weights_for_untagged_edges_and_a_custom_weight_when_given()
    {
        var graph = new AdjacencyGraph<int, Edge<int>>();
        graph.AddVerticesAndEdge(new Edge<int>(10, 20));
        graph.AddVerticesAndEdge(new Edge<int>(20, 10));

        var unit = graph.ToCsrGraph();
        var custom = graph.ToCsrGraph(e => e.Source);

        Assert.Equal(2, unit.Graph.TotalWeight);
        Assert.Equal(30, custom.Graph.TotalWeight);
    }
}
