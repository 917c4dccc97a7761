using NetworkGraph.Analysis.Communities.Leiden;
using NetworkGraph.Analysis.Tests.Support;

namespace NetworkGraph.Analysis.Tests.Communities.Leiden;

public sealed class ConnectivitySplitTests
{
    [Fact]
    public void Splits_a_community_into_its_connected_parts_and_leaves_connected_ones_alone()
    {
        // Community 0 = {0,1} + {4,5} (no edge between the pairs), community 1 = {2,3}.
        var graph = new TestGraph(6).Add(0, 1).Add(2, 3).Add(4, 5).Add(1, 2).Add(3, 4);
        var membership = new[] { 0, 0, 1, 1, 0, 0 };

        var count = ConnectivitySplit.Run(graph.ToCsr(), membership);

        Assert.Equal(3, count);
        Assert.Equal([0, 0, 1, 1, 2, 2], membership);
        Assert.True(BruteForce.CommunitiesAreConnected(graph, membership));
    }

    [Fact]
    public void The_brute_force_checker_sees_a_disconnected_community()
    {
        var graph = new TestGraph(4).Add(0, 1).Add(2, 3);

        Assert.False(BruteForce.CommunitiesAreConnected(graph, [0, 0, 0, 0]));
        Assert.True(BruteForce.CommunitiesAreConnected(graph, [0, 0, 1, 1]));
    }
}
