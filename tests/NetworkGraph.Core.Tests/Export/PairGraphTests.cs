using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Tests.Export;

public sealed class PairGraphTests
{
    // SampleGraphs.Coordination: 101-103 flagged (cluster 1), 104-105 cluster 2, 106 unclustered; edges 101-102 twice
    // (co_retweet 14, co_hashtag 3), 102-103, 103-104, 104-105.
    private static ExportGraph Focused() => PairGraph.Focus(SampleGraphs.Coordination());

    [Fact]
    public void Keeps_the_flagged_networks_and_the_accounts_with_an_edge_to_them()
    {
        Assert.Equal(["101", "102", "103", "104"], Focused().Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Merges_the_kinds_of_a_pair_into_one_edge_whose_weight_is_their_sum()
    {
        var edges = Focused().Edges;

        Assert.Equal([("101", "102", 17.0), ("102", "103", 9.0), ("103", "104", 1.5)], edges.Select(e => (e.Source, e.Target, e.Weight)));
        Assert.All(edges, e => Assert.Equal(PairGraph.PairKind, e.Kind));
    }

    [Fact]
    public void Keeps_each_kinds_weight_and_the_kinds_present_as_attributes()
    {
        var pair = Focused().Edges[0];

        Assert.Equal(new[] { "co_hashtag", "co_retweet" }, pair.Attributes[PairGraph.KindsColumn]);
        Assert.Equal(3.0, pair.Attributes[PairGraph.WeightColumn("co_hashtag")]);
        Assert.Equal(14.0, pair.Attributes[PairGraph.WeightColumn("co_retweet")]);
        Assert.Equal(0.0, pair.Attributes[PairGraph.WeightColumn("copy_paste")]);
        Assert.Equal(17, pair.EvidenceCount);
        Assert.Equal(((42.5 * 14) + (600 * 3)) / 17, pair.MeanDeltaSeconds!.Value, 9);
        Assert.Equal(2, pair.Spells.Count);
    }

    [Fact]
    public void Declares_a_column_for_the_kinds_and_one_weight_per_kind()
    {
        Assert.Equal(
            ["kinds", "weight_co_hashtag", "weight_co_retweet", "weight_copy_paste"],
            Focused().EdgeColumns.Select(c => c.Id));
    }

    [Fact]
    public void Names_each_weight_column_safely_whatever_the_kind()
    {
        var ends = new[] { new ExportNode("a", "@a") { Cluster = "1", Flagged = true }, new ExportNode("b", "@b") { Cluster = "1", Flagged = true } };
        var graph = new ExportGraph(ends, [new("a", "b", "co<odd>", 1), new("a", "b", "co_odd_", 2)]);

        Assert.Equal(["kinds", "weight_co_odd_", "weight_co_odd__2"], PairGraph.Focus(graph).EdgeColumns.Select(c => c.Id));
    }

    [Fact]
    public void Keeps_a_pair_when_it_is_among_the_heaviest_of_either_account()
    {
        var nodes = new[] { "a", "b", "c", "d" }.Select(id => new ExportNode(id, "@" + id) { Cluster = "1", Flagged = true }).ToList();
        var graph = new ExportGraph(nodes, [new("a", "b", "k", 5), new("a", "c", "k", 4), new("a", "d", "k", 1), new("b", "c", "k", 3), new("c", "d", "k", 2), new("b", "d", "k", 1)]);

        var backbone = PairGraph.Focus(graph, edgesPerAccount: 1);
        var everyPair = PairGraph.Focus(graph, edgesPerAccount: 0);

        Assert.Equal([("a", "b"), ("a", "c"), ("c", "d")], backbone.Edges.Select(e => (e.Source, e.Target)));
        Assert.Equal(6, everyPair.Edges.Count);
    }

    [Fact]
    public void Keeps_every_clustered_account_when_no_cluster_is_flagged()
    {
        var graph = SampleGraphs.Coordination();
        graph = graph with { Nodes = graph.Nodes.Select(n => n with { Flagged = false }).ToList() };

        var focused = PairGraph.Focus(graph);

        Assert.Equal(["101", "102", "103", "104", "105"], focused.Nodes.Select(n => n.Id));
        Assert.Equal(4, focused.Edges.Count);
    }
}
