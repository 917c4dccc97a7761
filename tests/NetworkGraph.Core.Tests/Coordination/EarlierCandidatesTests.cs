using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class EarlierCandidatesTests
{
    [Fact]
    public void Joins_each_text_to_its_earliest_candidate_that_leads_a_group_never_to_a_member()
    {
        var sut = new EarlierCandidates(5, width: 4);
        sut.Offer(1, 0); // 1 joins 0
        sut.Offer(2, 1); // 2 is like 1 only: 1 is a member, so 2 leads
        sut.Offer(3, 1);
        sut.Offer(3, 2); // 3 skips member 1 and joins leader 2
        sut.Offer(4, 3);
        sut.Offer(4, 0); // 4 joins 0, its earliest leader

        Assert.Equal([0, 0, 2, 2, 0], sut.Leaders());
    }

    [Fact]
    public void Keeps_the_earliest_offers_whatever_their_order_and_thread_count()
    {
        var random = new Random(4);
        var offers = Enumerable.Range(0, 50_000).Select(_ => random.Next(1, 2_000)).Select(t => (t, random.Next(t))).ToArray();
        var sequential = new EarlierCandidates(2_000, width: 3);
        foreach (var (text, earlier) in offers)
        {
            sequential.Offer(text, earlier);
        }

        var parallel = new EarlierCandidates(2_000, width: 3);
        Parallel.ForEach(offers.Reverse(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, o =>
        {
            if (parallel.Wants(o.Item1, o.Item2))
            {
                parallel.Offer(o.Item1, o.Item2);
            }
        });

        Assert.Equal(sequential.Leaders(), parallel.Leaders());
        Assert.Throws<ArgumentOutOfRangeException>(() => sequential.Offer(5, 5));
    }
}
