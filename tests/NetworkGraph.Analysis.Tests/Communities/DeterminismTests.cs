using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.Tests.Support;

namespace NetworkGraph.Analysis.Tests.Communities;

public sealed class DeterminismTests
{
    // Large enough (24k nodes, ~120k edges) that building, refinement and aggregation split work across threads.
    private static readonly Lazy<CsrGraph> Large = new(() => TestGraph.Random(11, 24_000, 0.6, 6, messy: true).ToCsr());

    public static TheoryData<CommunityAlgorithm> Randomised => [CommunityAlgorithm.Leiden, CommunityAlgorithm.Louvain, CommunityAlgorithm.LabelPropagation];

    [Theory]
    [MemberData(nameof(Randomised))]
    public void Same_seed_gives_the_same_partition(CommunityAlgorithm algorithm)
    {
        var graph = TestGraph.Random(3, 400, 0.6, 3, messy: true).ToCsr();
        var options = new CommunityOptions { Algorithm = algorithm, Seed = 9 };

        var first = CommunityDetector.Detect(graph, options);
        var second = CommunityDetector.Detect(graph, options);

        Assert.Equal(first.Membership, second.Membership);
        Assert.Equal(first.Quality, second.Quality);
    }

    [Theory]
    [MemberData(nameof(Randomised))]
    public void One_and_two_threads_give_the_same_partition_on_a_large_graph(CommunityAlgorithm algorithm)
    {
        var one = CommunityDetector.Detect(Large.Value, new CommunityOptions { Algorithm = algorithm, Seed = 5, Threads = 1, MaxIterations = 3 });
        var two = CommunityDetector.Detect(Large.Value, new CommunityOptions { Algorithm = algorithm, Seed = 5, Threads = 2, MaxIterations = 3 });

        Assert.Equal(one.Membership, two.Membership);
        Assert.Equal(one.Quality, two.Quality);
    }

    [Fact]
    public void One_and_two_threads_give_the_same_partition_with_large_graph_renumbering()
    {
        var one = CommunityDetector.Detect(Large.Value, new CommunityOptions { Seed = 8, Threads = 1, MaxIterations = 2, LargeGraphThreshold = 0 });
        var two = CommunityDetector.Detect(Large.Value, new CommunityOptions { Seed = 8, Threads = 2, MaxIterations = 2, LargeGraphThreshold = 0 });

        Assert.Equal(one.Membership, two.Membership);
        Assert.Equal(one.Quality, two.Quality);
    }

    [Fact]
    public void Building_the_graph_with_one_or_two_threads_gives_identical_rows()
    {
        var edges = TestGraph.Random(12, 30_000, 0.5, 8, messy: true);

        var one = edges.ToCsr(threads: 1);
        var two = edges.ToCsr(threads: 2);

        Assert.Equal(one.Offsets, two.Offsets);
        Assert.Equal(one.Targets, two.Targets);
        Assert.Equal(one.Weights, two.Weights);
        Assert.Equal(one.Loops, two.Loops);
    }

    [Fact]
    public void Different_seeds_explore_different_orders_but_reach_similar_quality()
    {
        var graph = Large.Value;

        var a = CommunityDetector.Detect(graph, new CommunityOptions { Seed = 1, MaxIterations = 2 });
        var b = CommunityDetector.Detect(graph, new CommunityOptions { Seed = 2, MaxIterations = 2 });

        Assert.NotEqual(a.Membership, b.Membership);
        Assert.Equal(a.Modularity, b.Modularity, tolerance: 0.005);
    }
}
