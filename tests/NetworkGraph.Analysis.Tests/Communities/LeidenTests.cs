using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Tests.Support;

namespace NetworkGraph.Analysis.Tests.Communities;

public sealed class LeidenTests
{
    private static Partition Run(TestGraph graph, CommunityOptions? options = null) =>
        CommunityDetector.Detect(graph.ToCsr(), options ?? new CommunityOptions());

    [Fact]
    public void Splits_two_cliques_joined_by_one_edge_into_the_two_cliques()
    {
        var partition = Run(TestGraph.TwoCliques(5));

        Assert.Equal(2, partition.CommunityCount);
        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1], partition.Membership);
        // Each clique: 10 internal edges, degree sum 21; m = 21.
        Assert.Equal(2 * (10.0 / 21 - 0.25), partition.Modularity, 12);
    }

    [Fact]
    public void Puts_each_clique_of_a_ring_in_its_own_community()
    {
        var partition = Run(TestGraph.RingOfCliques(count: 10, size: 5));

        Assert.Equal(10, partition.CommunityCount);
        for (var c = 0; c < 10; c++)
        {
            var ids = partition.Membership.Skip(c * 5).Take(5).Distinct().ToArray();
            Assert.Single(ids);
        }

        // m = 10 * 10 + 10 = 110; each clique holds 10 edges and degree 22.
        Assert.Equal(10 * (10.0 / 110 - Math.Pow(22.0 / 220, 2)), partition.Modularity, 12);
    }

    [Fact]
    public void Reaches_the_known_optimum_on_the_karate_club_with_the_default_seed_and_seeds_1_to_5()
    {
        var graph = Karate.Csr();
        foreach (var seed in new[] { 42, 1, 2, 3, 4, 5 })
        {
            var partition = CommunityDetector.Detect(graph, new CommunityOptions { Seed = seed });

            Assert.Equal(Karate.OptimalModularity, partition.Modularity, 6);
            Assert.Equal(4, partition.CommunityCount);
        }
    }

    [Fact]
    public void Cpm_keeps_cliques_below_the_edge_density_and_splits_everything_above_it()
    {
        var graph = TestGraph.TwoCliques(4);

        var low = Run(graph, new CommunityOptions { Quality = QualityFunction.Cpm, Resolution = 0.5 });
        var high = Run(graph, new CommunityOptions { Quality = QualityFunction.Cpm, Resolution = 1.5 });

        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], low.Membership);
        Assert.Equal(2 * (6 - 0.5 * 6), low.Quality, 12);
        Assert.Equal(8, high.CommunityCount);
        Assert.Equal(0, high.Quality);
    }

    [Fact]
    public void Higher_resolution_gives_more_communities()
    {
        var graph = TestGraph.Random(7, 300, 0.8, 3, messy: false).ToCsr();

        var coarse = CommunityDetector.Detect(graph, new CommunityOptions { Resolution = 0.2 });
        var fine = CommunityDetector.Detect(graph, new CommunityOptions { Resolution = 5 });

        Assert.True(fine.CommunityCount > coarse.CommunityCount);
    }

    [Fact]
    public void Keeps_communities_connected_and_reports_exact_qualities_on_random_graphs()
    {
        var settings = new[]
        {
            new CommunityOptions { Resolution = 1.0 },
            new CommunityOptions { Resolution = 0.5, MaxIterations = 1 },
            new CommunityOptions { Resolution = 2.5 },
            new CommunityOptions { Quality = QualityFunction.Cpm, Resolution = 0.05 },
            new CommunityOptions { Quality = QualityFunction.Cpm, Resolution = 0.3, MaxIterations = 0 },
        };
        for (var g = 0; g < 60; g++)
        {
            var graph = TestGraph.Random(g, 10 + (g * 37 % 150), 0.3 + (g % 7) / 10.0, 1 + g % 4, messy: g % 3 == 0);
            var csr = graph.ToCsr();
            var options = settings[g % settings.Length];
            var withSeed = new CommunityOptions
            {
                Seed = g, Quality = options.Quality, Resolution = options.Resolution, MaxIterations = options.MaxIterations,
            };

            Invariants.Check(graph, CommunityDetector.Detect(csr, withSeed), withSeed, connected: true);
        }
    }

    [Fact]
    public void Keeps_the_guarantees_when_large_graph_renumbering_and_the_first_iteration_cap_are_on()
    {
        for (var g = 0; g < 30; g++)
        {
            var graph = TestGraph.Random(500 + g, 40 + g * 7, 0.5, 2 + g % 3, messy: g % 2 == 0);
            var options = new CommunityOptions
            {
                Seed = g,
                LargeGraphThreshold = 0,
                MaxIterations = 1 + g % 4,
                Quality = g % 5 == 0 ? QualityFunction.Cpm : QualityFunction.Modularity,
                Resolution = g % 5 == 0 ? 0.2 : 1.0,
            };

            Invariants.Check(graph, CommunityDetector.Detect(graph.ToCsr(), options), options, connected: true);
        }
    }

    [Theory]
    [InlineData(525, 55)]
    [InlineData(2850, 40)]
    public void Keeps_communities_connected_on_graphs_where_louvain_leaves_one_disconnected(int graphSeed, int nodes)
    {
        // Found by searching 3000 random graphs x 3 seeds; Leiden without refinement is exactly this Louvain run.
        var graph = TestGraph.Random(graphSeed, nodes, 0.3, 1, messy: false);
        var louvain = CommunityDetector.Detect(graph.ToCsr(), new CommunityOptions { Algorithm = CommunityAlgorithm.Louvain, Seed = 2 });
        var options = new CommunityOptions { Seed = 2 };

        var leiden = CommunityDetector.Detect(graph.ToCsr(), options);

        Assert.False(BruteForce.CommunitiesAreConnected(graph, louvain.Membership), "the fixture no longer shows the failure mode");
        Invariants.Check(graph, leiden, options, connected: true);
    }

    [Fact]
    public void Keeps_communities_connected_around_a_hub_for_many_seeds()
    {
        // A hub joined to two pairs and a heavy third group: once the hub leaves, its old group falls apart.
        var graph = new TestGraph(7)
            .Add(0, 1).Add(0, 2).Add(1, 2, 0.1).Add(0, 3).Add(0, 4).Add(3, 4, 0.1)
            .Add(0, 5, 3).Add(0, 6, 3).Add(5, 6, 3);

        foreach (var seed in Enumerable.Range(0, 20))
        {
            var options = new CommunityOptions { Seed = seed };
            var partition = CommunityDetector.Detect(graph.ToCsr(), options);

            Invariants.Check(graph, partition, options, connected: true);
        }
    }
}
