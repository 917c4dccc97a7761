using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Tests.Support;

namespace NetworkGraph.Analysis.Tests.Communities;

public sealed class LouvainTests
{
    private static readonly CommunityOptions Louvain = new() { Algorithm = CommunityAlgorithm.Louvain };

    [Fact]
    public void Splits_two_cliques_joined_by_one_edge_into_the_two_cliques()
    {
        var partition = CommunityDetector.Detect(TestGraph.TwoCliques(6).ToCsr(), Louvain);

        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1], partition.Membership);
    }

    [Fact]
    public void Puts_each_clique_of_a_ring_in_its_own_community()
    {
        var partition = CommunityDetector.Detect(TestGraph.RingOfCliques(8, 6).ToCsr(), Louvain);

        Assert.Equal(8, partition.CommunityCount);
        Assert.All(Enumerable.Range(0, 8), c => Assert.Single(partition.Membership.Skip(c * 6).Take(6).Distinct()));
    }

    [Fact]
    public void Reports_exact_qualities_on_random_graphs()
    {
        for (var g = 0; g < 30; g++)
        {
            var graph = TestGraph.Random(100 + g, 20 + g * 5, 0.5, 2, messy: g % 2 == 0);
            var options = new CommunityOptions
            {
                Algorithm = CommunityAlgorithm.Louvain,
                Seed = g,
                Quality = g % 3 == 0 ? QualityFunction.Cpm : QualityFunction.Modularity,
                Resolution = g % 3 == 0 ? 0.1 : 1.0,
            };

            Invariants.Check(graph, CommunityDetector.Detect(graph.ToCsr(), options), options, connected: false);
        }
    }

    [Fact]
    public void Leiden_matches_or_beats_louvain_on_the_karate_club()
    {
        var graph = Karate.Csr();

        var louvain = CommunityDetector.Detect(graph, Louvain);
        var leiden = CommunityDetector.Detect(graph);

        Assert.True(leiden.Modularity >= louvain.Modularity - 1e-12);
    }
}
