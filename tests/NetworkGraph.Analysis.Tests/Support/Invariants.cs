using NetworkGraph.Analysis.Communities;

namespace NetworkGraph.Analysis.Tests.Support;

/// The invariant checker run over the random-graph corpus: every node assigned, ids dense and ordered by size,
/// reported qualities equal to brute-force recomputation, and (when asked) every community connected.
internal static class Invariants
{
    public static void Check(TestGraph graph, Partition partition, CommunityOptions options, bool connected)
    {
        var membership = partition.Membership;
        Assert.Equal(graph.NodeCount, membership.Length);
        Assert.All(membership, c => Assert.InRange(c, 0, partition.CommunityCount - 1));
        var sizes = partition.CommunitySizes();
        Assert.All(sizes, s => Assert.True(s > 0));
        for (var c = 1; c < sizes.Length; c++)
        {
            Assert.True(sizes[c - 1] >= sizes[c], "communities are numbered largest first");
        }

        if (connected)
        {
            Assert.True(BruteForce.CommunitiesAreConnected(graph, membership), "a community is disconnected");
        }

        if (graph.Edges.Sum(e => e.W) <= 0)
        {
            return;
        }

        Assert.Equal(BruteForce.Modularity(graph, membership), partition.Modularity, 9);
        var expected = options.Quality == QualityFunction.Cpm
            ? BruteForce.Cpm(graph, membership, options.Resolution)
            : BruteForce.Modularity(graph, membership, options.Resolution);
        Assert.Equal(expected, partition.Quality, 6);
    }
}
