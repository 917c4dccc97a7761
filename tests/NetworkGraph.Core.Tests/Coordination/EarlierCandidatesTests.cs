using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class EarlierCandidatesTests
{
    [Fact]
    public void Keeps_the_earliest_candidates_of_each_text_in_ascending_order()
    {
        var sut = new EarlierCandidates(6, width: 3);
        sut.Offer(5, 4);
        sut.Offer(5, 1);
        sut.Offer(5, 3);
        sut.Offer(5, 1); // offered twice, kept once
        sut.Offer(5, 0); // earlier than all: 4 drops out
        sut.Offer(2, 0);

        Assert.Equal([0, 1, 3], sut.Of(5).ToArray());
        Assert.Equal([0], sut.Of(2).ToArray());
        Assert.Empty(sut.Of(4).ToArray());
        Assert.False(sut.Wants(5, 4));
        Assert.True(sut.Wants(5, 2));
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

        Assert.All(Enumerable.Range(0, 2_000), t => Assert.Equal(sequential.Of(t).ToArray(), parallel.Of(t).ToArray()));
        Assert.Equal(3, sequential.Of(1_999).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => sequential.Offer(5, 5));
    }
}
