using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Tests.Coordination.Support;

namespace NetworkGraph.Core.Tests.Coordination;

/// <summary>Co-retweet on hand-made share tables, with the values CooRTweet 2.x's detect_groups +
/// generate_coordinated_network define, worked out by hand in the comments.</summary>
public sealed class CooRTweetConformanceTests
{
    // time_window = 10 s, min_participation = 2.
    // o1: A@0 B@3 A@8 C@10 D@40 F@1   o2: A@100 B@108 C@125   o3: B@200 C@201
    // o4: D@300 E@305                 o5: E@400                o6: D@500 C@505
    // Pre-filter (rows per account >= 2): F has one row and is dropped before pairing.
    // Pairs |dt| <= 10, loops removed: o1 A0-B3 (3), A0-C10 (10: dt equal to the window counts), B3-A8 (5),
    //   B3-C10 (7), A8-C10 (2) [A0-A8 is a self-pair, C10-D40 too far]; o2 A100-B108 (8); o3 B200-C201 (1);
    //   o4 D300-E305 (5); o6 D500-C505 (5).
    // Participation (shares appearing in a pair): A 3, B 3, C 3, D 2, E 1: E fails, but D300-E305 stays because
    //   D qualifies (CooRTweet keeps a pair when either side's content passes).
    // Network: A-B 3 pairs (dt 3, 5, 8), A-C 2 (10, 2), B-C 2 (7, 1), C-D 1 (5), D-E 1 (5).
    private static readonly ShareRow[] Rows =
    [
        new("A", "a1", 0, "o1"), new("B", "b1", 3, "o1"), new("A", "a2", 8, "o1"), new("C", "c1", 10, "o1"),
        new("D", "d1", 40, "o1"), new("F", "f1", 1, "o1"),
        new("A", "a3", 100, "o2"), new("B", "b2", 108, "o2"), new("C", "c2", 125, "o2"),
        new("B", "b3", 200, "o3"), new("C", "c3", 201, "o3"),
        new("D", "d2", 300, "o4"), new("E", "e1", 305, "o4"),
        new("E", "e2", 400, "o5"),
        new("D", "d3", 500, "o6"), new("C", "c4", 505, "o6"),
    ];

    [Fact]
    public void Builds_the_full_network_that_detect_groups_and_generate_coordinated_network_define()
    {
        var graph = Build(quantile: null);

        var edges = Edges(graph);
        Assert.Equal(["A-B", "A-C", "B-C", "C-D", "D-E"], edges.Keys.Order());
        Assert.Equal(3, edges["A-B"].PairCount);
        Assert.Equal((3 + 5 + 8) / 3.0, edges["A-B"].MeanDeltaSeconds, 9);
        Assert.Equal(3, edges["A-B"].MinDeltaSeconds);
        Assert.Equal(2, edges["A-C"].PairCount);
        Assert.Equal(6, edges["A-C"].MeanDeltaSeconds, 9);
        Assert.Equal(2, edges["B-C"].PairCount);
        Assert.Equal(4, edges["B-C"].MeanDeltaSeconds, 9);
        Assert.Equal(1, edges["D-E"].PairCount);
        Assert.DoesNotContain(edges.Keys, key => key.Contains('F')); // dropped by the pre-filter
    }

    [Fact]
    public void Keeps_only_edges_strictly_heavier_than_the_weight_quantile()
    {
        // Weights 1, 1, 2, 2, 3: quantile(0.5) = 2 (index 3), and 2 > 2 is false, so only A-B stays.
        var median = Build(quantile: 0.5);
        Assert.Equal(2, median.Layers[0].WeightThreshold);
        Assert.Equal(["A-B"], Edges(median).Keys);

        // quantile(0.3): index 2.2 between 1 and 2, so 1.2; the weight-2 edges now pass.
        var lower = Build(quantile: 0.3);
        Assert.Equal(1.2, lower.Layers[0].WeightThreshold!.Value, 9);
        Assert.Equal(["A-B", "A-C", "B-C"], Edges(lower).Keys.Order());
    }

    [Fact]
    public void Counts_each_share_of_an_account_that_shared_one_object_twice()
    {
        // A shared o1 at 0 and 8: both of its shares pair with B3 and C10; the A-A pair is a loop and is dropped.
        var ab = Edges(Build(quantile: null))["A-B"];
        var objectPairs = ab.Evidence.Where(e => e.SourceTime < SomePosts.At(50)).ToList();
        Assert.Equal(2, objectPairs.Count);
        Assert.Equal(3, ab.SourcePosts); // A: a1, a2, a3
        Assert.Equal(2, ab.TargetPosts); // B: b1 (paired twice), b2
        Assert.Equal(2 / 3.0, ab.Symmetry, 9);
    }

    [Fact]
    public void Includes_a_pair_exactly_one_window_apart_and_excludes_one_a_millisecond_further()
    {
        var table = ShareRow.Table(
            ShareKind.Retweet,
            new ShareRow("A", "a1", 0, "o"), new ShareRow("B", "b1", 10, "o"),
            new ShareRow("C", "c1", 20.001, "o"));
        var graph = CoordinationGraphBuilder.Build(table, Options(null, minParticipation: 1));

        Assert.Equal(["A-B"], Edges(graph).Keys); // A-B is 10 s apart, B-C 10.001 s
    }

    [Fact]
    public void Never_pairs_an_account_with_itself()
    {
        var table = ShareRow.Table(
            ShareKind.Retweet,
            new ShareRow("A", "a1", 0, "o"), new ShareRow("A", "a2", 1, "o"), new ShareRow("A", "a3", 2, "o"));

        var graph = CoordinationGraphBuilder.Build(table, Options(null, minParticipation: 1));

        Assert.Empty(graph.Layers[0].Edges);
        Assert.Equal(0, graph.Layers[0].CandidatePairs);
    }

    private static CoordinationGraph Build(double? quantile) =>
        CoordinationGraphBuilder.Build(ShareRow.Table(ShareKind.Retweet, Rows), Options(quantile, minParticipation: 2));

    private static CoordinationOptions Options(double? quantile, int minParticipation) => new()
    {
        Kinds = [ShareKind.Retweet],
        Windows = [TimeSpan.FromSeconds(10)],
        MinParticipation = minParticipation,
        MinEdgeWeight = 1,
        EdgeWeightQuantile = quantile,
        EvidenceCap = 100,
    };

    internal static Dictionary<string, CoordinationEdge> Edges(CoordinationGraph graph) =>
        graph.Layers[0].Edges.ToDictionary(e => graph.AccountIds[e.Source] + "-" + graph.AccountIds[e.Target]);
}
