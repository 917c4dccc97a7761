using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Tests.Export;

public sealed class ExportFilterTests
{
    [Fact]
    public void Keeps_only_flagged_clusters_and_the_edges_inside_them()
    {
        var result = new ExportFilter { FlaggedClustersOnly = true }.Apply(SampleGraphs.Coordination());

        Assert.Equal(["101", "102", "103"], result.Nodes.Select(n => n.Id).ToArray());
        Assert.Equal(3, result.Edges.Count);
        Assert.All(result.Edges, e => Assert.NotEqual("104", e.Target));
    }

    [Fact]
    public void Keeps_edges_at_or_above_the_minimum_weight()
    {
        var result = new ExportFilter { MinWeight = 3 }.Apply(SampleGraphs.Coordination());

        Assert.Equal([14d, 3d, 9d], result.Edges.Select(e => e.Weight).ToArray());
        Assert.Equal(6, result.Nodes.Count);
    }

    [Fact]
    public void Keeps_edges_of_the_chosen_kinds()
    {
        var result = new ExportFilter { Kinds = new HashSet<string> { "co_retweet" } }.Apply(SampleGraphs.Coordination());

        Assert.Equal(3, result.Edges.Count);
        Assert.All(result.Edges, e => Assert.Equal("co_retweet", e.Kind));
    }

    [Fact]
    public void Drops_nodes_left_without_edges_when_asked()
    {
        var result = new ExportFilter { MinWeight = 3, DropIsolatedNodes = true }.Apply(SampleGraphs.Coordination());

        Assert.Equal(["101", "102", "103"], result.Nodes.Select(n => n.Id).ToArray());
    }

    [Fact]
    public void Keeps_everything_with_no_criteria_and_keeps_columns()
    {
        var graph = SampleGraphs.Coordination();

        var result = ExportFilter.None.Apply(graph);

        Assert.Equal(graph.Nodes, result.Nodes);
        Assert.Equal(graph.Edges, result.Edges);
        Assert.Same(graph.NodeColumns, result.NodeColumns);
    }

    [Fact]
    public async Task A_filtered_graph_writes_fewer_elements()
    {
        using var ms = new MemoryStream();
        var summary = await GexfWriter.WriteAsync(new ExportFilter { FlaggedClustersOnly = true, MinWeight = 5 }.Apply(SampleGraphs.Coordination()), ms);

        Assert.Equal((3, 2), (summary.Nodes, summary.Edges));
        Assert.Equal(new Dictionary<string, int> { ["co_retweet"] = 2 }, summary.EdgeKinds);
    }
}
