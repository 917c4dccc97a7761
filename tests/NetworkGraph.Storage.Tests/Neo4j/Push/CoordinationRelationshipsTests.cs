using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Runs;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Storage.Tests.Neo4j.Push;

public sealed class CoordinationRelationshipsTests
{
    private static readonly DateTimeOffset T0 = new(2023, 9, 12, 9, 30, 0, TimeSpan.Zero);

    private static StoredCoordinationEdge Edge(string source, string target, double weight, params (string A, string B, int Seconds)[] evidence) =>
        new(source, target, evidence.Length, weight, 10, 2, T0, T0.AddMinutes(5), 1, 1,
            evidence.Select(e => new StoredEvidencePair(e.A, e.B, T0.AddSeconds(e.Seconds), T0.AddSeconds(e.Seconds + 1), "obj")).ToList());

    private static StoredCoordinationLayer Layer(ShareKind kind, int windowSeconds, params StoredCoordinationEdge[] edges) =>
        new(kind, TimeSpan.FromSeconds(windowSeconds), edges.Length, edges.Length, null, edges);

    [Fact]
    public void Takes_the_runs_widest_window_maps_kinds_to_types_and_orders_by_type_then_pair()
    {
        var run = new StoredCoordinationRun(1, T0, "{}",
        [
            Layer(ShareKind.Retweet, 10, Edge("b", "c", 1)),
            Layer(ShareKind.Retweet, 60, Edge("c", "b", 2), Edge("a", "b", 3)),
            Layer(ShareKind.Text, 60, Edge("x", "y", 4, ("p2", "p3", 20), ("p1", "p2", 5))),
            Layer(ShareKind.Domain, 60, Edge("a", "b", 9)),
        ]);

        var relationships = CoordinationRelationships.From(CoordinationRunEdges.Of(run).Layers);

        Assert.Equal(
            [(CoordinationType.Tweet, "x", "y", 4.0), (CoordinationType.Retweet, "a", "b", 3.0), (CoordinationType.Retweet, "c", "b", 2.0)],
            relationships.Select(r => (r.Type, r.SourceId, r.TargetId, r.Weight)));
        Assert.Equal(["p1", "p2", "p3"], relationships[0].Evidence);
        Assert.Equal((2.0, 10.0, (double?)null), (relationships[0].DtMinSeconds, relationships[0].DtMeanSeconds!.Value, relationships[0].DtMaxSeconds));
    }

    [Fact]
    public void Says_how_many_pairs_tied_the_accounts_beside_the_posts_of_the_few_kept()
    {
        var edge = Edge("x", "y", 57, ("p1", "p2", 5), ("p8", "p9", 50)) with { PairCount = 57 };
        var run = new StoredCoordinationRun(1, T0, "{}", [Layer(ShareKind.Text, 60, edge)]);

        var relationship = Assert.Single(CoordinationRelationships.From(CoordinationRunEdges.Of(run).Layers));

        Assert.Equal(["p1", "p2", "p8", "p9"], relationship.Evidence);
        Assert.Equal(57L, relationship.Pairs);
        Assert.Equal(57L, RowMaps.Coordination(relationship)["pairs"]);
    }

    [Fact]
    public void Keeps_only_the_window_the_reader_was_asked_for()
    {
        var run = new StoredCoordinationRun(1, T0, "{}",
            [Layer(ShareKind.Retweet, 10, Edge("b", "c", 1)), Layer(ShareKind.Retweet, 60, Edge("a", "b", 3))]);
        Assert.Equal([1.0], CoordinationRelationships.From(CoordinationRunEdges.At(run, TimeSpan.FromSeconds(10)).Layers).Select(r => r.Weight));
    }

    [Fact]
    public void Stores_every_kind_a_share_table_names_as_CO_SHARE_with_the_kind_as_a_property()
    {
        var image = ShareKindNames.FromObjectKind("image");
        var run = new StoredCoordinationRun(1, T0, "{}",
            [Layer(image, 60, Edge("a", "b", 2)), Layer(ShareKind.Share, 60, Edge("a", "b", 5)), Layer(ShareKind.Retweet, 60, Edge("a", "b", 1))]);

        var relationships = CoordinationRelationships.From(CoordinationRunEdges.Of(run).Layers);

        Assert.Equal(
            [(CoordinationType.Retweet, null, 1.0), (CoordinationType.Share, "co_image", 2.0), (CoordinationType.Share, "co_share", 5.0)],
            relationships.Select(r => (r.Type, r.Kind, r.Weight)));
    }

    [Fact]
    public void Stores_every_share_kind_but_link_domains()
    {
        Assert.Null(CoordinationRelationships.TypeOf(ShareKind.Domain));
        var mapped = Enum.GetValues<ShareKind>().Select(CoordinationRelationships.TypeOf).Where(t => t is not null).ToList();
        Assert.Equal(GraphTypes.AllCoordination.Order(), mapped.Select(t => t!.Value).Order());
    }
}
