using NetworkGraph.Analysis.Ranking;

namespace NetworkGraph.Analysis.Tests.Ranking;

public sealed class DirectedRankingTests
{
    [Fact]
    public void PageRank_puts_the_account_most_amplified_first_and_the_busiest_amplifier_first_on_reversed_edges()
    {
        // 1, 2 and 3 amplify 0; 1 also amplifies 4; 2 amplifies 4 too; 1 amplifies 5.
        var ranking = DirectedRanking.Compute(6, [1, 2, 3, 1, 2, 1], [0, 0, 0, 4, 4, 5]);

        var targets = Enumerable.Range(0, 6).OrderByDescending(v => ranking.TargetRank[v]).ToArray();
        Assert.Equal([0, 4, 5], targets[..3]);
        var amplifiers = Enumerable.Range(0, 6).OrderByDescending(v => ranking.SourceRank[v]).ToArray();
        Assert.Equal([1, 2, 3], amplifiers[..3]);
        Assert.Equal(1 - DirectedRanking.Damping, ranking.TargetRank[1], 9);
    }

    [Fact]
    public void A_three_account_ring_is_one_strongly_connected_component_and_a_one_way_edge_is_not_part_of_it()
    {
        var ranking = DirectedRanking.Compute(4, [0, 1, 2, 3], [1, 2, 0, 0]);

        Assert.Equal(ranking.Component[0], ranking.Component[1]);
        Assert.Equal(ranking.Component[0], ranking.Component[2]);
        Assert.NotEqual(ranking.Component[0], ranking.Component[3]);
    }

    [Fact]
    public void Core_numbers_find_a_four_clique_inside_a_sparser_graph_whatever_the_directions()
    {
        // 0..3 tied pairwise (one direction each), 4 hangs on 0, 5 on 4.
        var ranking = DirectedRanking.Compute(6, [0, 2, 0, 3, 1, 3, 2, 4, 5], [1, 0, 2, 0, 2, 1, 3, 0, 4]);

        Assert.Equal([3, 3, 3, 3, 1, 1], ranking.Core);
    }

    [Fact]
    public void Repeated_edges_and_self_loops_count_once_and_edges_outside_the_vertices_are_refused()
    {
        var once = DirectedRanking.Compute(2, [1], [0]);
        var repeated = DirectedRanking.Compute(2, [1, 1, 0], [0, 0, 0]);

        Assert.Equal(once.TargetRank, repeated.TargetRank);
        Assert.Equal(1, repeated.Graph.EdgeCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => DirectedRanking.Compute(2, [0], [2]));
    }

    [Fact]
    public void Ranking_a_sparse_graph_takes_memory_in_proportion_to_it()
    {
        // 2,000 accounts in a ring of 2,000 links: a few hundred kilobytes of lists and ranks, not a list of every link's
        // size per account and direction (2,000 * 2 * 2,000 * 8 bytes = 64 MB).
        const int N = 2000;
        var sources = Enumerable.Range(0, N).ToArray();
        var targets = sources.Select(v => (v + 1) % N).ToArray();
        DirectedRanking.Compute(3, [0, 1], [1, 2]); // compiled before it is measured

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ranking = DirectedRanking.Compute(N, sources, targets);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Single(ranking.Component.Distinct()); // the ring is one component
        Assert.InRange(allocated, 0, 16L << 20);
    }
}
