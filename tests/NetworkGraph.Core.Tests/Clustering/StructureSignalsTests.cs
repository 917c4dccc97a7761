using NetworkGraph.Core.Clustering;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class StructureSignalsTests
{
    // Cluster {a, b, c}: a-b co_tweet w=3 dt=10 s, b-c co_retweet w=1 dt=7200 s, a-b co_retweet w=1 dt=30 s.
    // Boundary: c-x co_link w=2. Outside: x-y co_link w=4.
    private static ClusterReport Report() => AnalyseSingle(
        new ClusterInput(
            [],
            [],
            Partition((1, ["a", "b", "c"]), (2, ["x", "y"])),
            [
                Edge("a", "b", CoordinationKinds.CoTweet, 3, 10),
                Edge("b", "c", CoordinationKinds.CoRetweet, 1, 7200),
                Edge("a", "b", CoordinationKinds.CoRetweet, 1, 30),
                Edge("c", "x", CoordinationKinds.CoLink, 2, 100),
                Edge("x", "y", CoordinationKinds.CoLink, 4, 100),
            ]),
        options: new ClusterAnalysisOptions { MinClusterSize = 3 });

    [Fact]
    public void Density_counts_distinct_linked_pairs()
    {
        var m = Report().Metrics;
        Assert.Equal(2, m.InternalPairs);
        Assert.Equal(2 / 3.0, m.Density, 12);
    }

    [Fact]
    public void Conductance_is_the_cut_over_the_smaller_volume()
    {
        var m = Report().Metrics;
        Assert.Equal(5, m.InternalWeight, 12);
        Assert.Equal(2, m.BoundaryWeight, 12);

        // vol(S) = 2*5 + 2 = 12; total volume = 2*11 = 22; vol(rest) = 10; conductance = 2 / 10.
        Assert.Equal(0.2, m.Conductance, 12);
    }

    [Fact]
    public void Kind_shares_split_the_internal_weight()
    {
        var m = Report().Metrics;
        Assert.Equal(0.6, m.KindShares[CoordinationKinds.CoTweet], 12);
        Assert.Equal(0.4, m.KindShares[CoordinationKinds.CoRetweet], 12);
        Assert.False(m.KindShares.ContainsKey(CoordinationKinds.CoLink));
    }

    [Fact]
    public void Median_dt_is_weighted_by_edge_weight()
    {
        // Values 10 (w3), 30 (w1), 7200 (w1): half of 5 is reached at 10.
        Assert.Equal(10, Report().Metrics.MedianDtSeconds);
    }

    [Fact]
    public void Fast_shares_separate_same_text_kinds_from_all_fast_kinds()
    {
        var m = Report().Metrics;
        Assert.Equal(0.6, m.FastCopyWeightShare, 12);
        Assert.Equal(0.8, m.FastWeightShare, 12);
    }

    [Fact]
    public void Objects_of_a_share_table_shared_within_seconds_are_fast_coordination()
    {
        var report = AnalyseSingle(new ClusterInput(
            [],
            [],
            Partition((1, ["a", "b", "c"])),
            [Edge("a", "b", CoordinationKinds.CoShare, 6, 5), Edge("b", "c", "co_image", 3, 8), Edge("a", "c", CoordinationKinds.CoRetweet, 1, 7200)]));

        Assert.Equal(0.9, report.Metrics.FastWeightShare, 12);
    }

    [Fact]
    public void Hashtags_used_at_the_same_moment_are_not_fast_coordination()
    {
        var report = AnalyseSingle(new ClusterInput(
            [],
            [],
            Partition((1, ["a", "b", "c"])),
            [Edge("a", "b", CoordinationKinds.CoHashtag, 9, 5), Edge("b", "c", CoordinationKinds.CoRetweet, 1, 7200)]));

        // The hashtag layer neither counts as fast nor dilutes the share: it is left out of both sides.
        Assert.Equal(0, report.Metrics.FastWeightShare, 12);
        Assert.Equal(0.9, report.Metrics.KindShares[CoordinationKinds.CoHashtag], 12);
    }

    [Fact]
    public void A_heavy_hashtag_layer_does_not_dilute_the_fast_shares()
    {
        var report = AnalyseSingle(new ClusterInput(
            [],
            [],
            Partition((1, ["a", "b", "c"])),
            [Edge("a", "b", CoordinationKinds.CoHashtag, 90, 3000), Edge("a", "b", CoordinationKinds.CoTweet, 3, 100), Edge("b", "c", CoordinationKinds.CoRetweet, 1, 7200)]));

        Assert.Equal(0.75, report.Metrics.FastWeightShare, 12);
        Assert.Equal(0.75, report.Metrics.FastCopyWeightShare, 12);
    }

    [Fact]
    public void A_cluster_without_internal_edges_has_no_median_dt()
    {
        var report = AnalyseSingle(new ClusterInput([], [], Partition((1, ["a", "b", "c"])), []));
        Assert.Null(report.Metrics.MedianDtSeconds);
        Assert.Equal(0, report.Metrics.Density);
        Assert.Equal(0, report.Metrics.Conductance);
    }
}
