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
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Candidates_set_up_on_several_threads_start_empty_in_every_part_and_keep_their_offers(int threads)
    {
        // 300,000 texts of 16 slots: several parts of a million slots, the last one short.
        const int Texts = 300_000;
        var sut = new EarlierCandidates(Texts, width: 16, degree: threads);
        sut.Offer(Texts - 1, 7);
        sut.Offer(70_000, 3);

        Assert.Equal([7], sut.Of(Texts - 1).ToArray());
        Assert.Equal([3], sut.Of(70_000).ToArray());
        Assert.Equal(2, Enumerable.Range(0, Texts).Sum(t => sut.Of(t).Length));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Offering_all_pairs_at_once_keeps_what_offering_them_one_by_one_keeps_for_any_thread_count(int threads)
    {
        var (sequential, pairs) = OfferedOneByOne(offers: 300_000, texts: 20_000, width: 3, seed: 4);
        Array.Reverse(pairs);
        var all = new EarlierCandidates(20_000, width: 3);
        all.OfferAll(pairs, new ulong[pairs.Length], threads);

        Assert.All(Enumerable.Range(0, 20_000), t => Assert.Equal(sequential.Of(t).ToArray(), all.Of(t).ToArray()));
        Assert.Equal(3, sequential.Of(19_999).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => sequential.Offer(5, 5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Offering_pairs_in_several_calls_with_one_longer_spare_keeps_what_offering_them_one_by_one_keeps(int threads)
    {
        var (sequential, pairs) = OfferedOneByOne(offers: 200_000, texts: 10_000, width: 4, seed: 5);
        var spare = new ulong[pairs.Length];
        var calls = new EarlierCandidates(10_000, width: 4);
        foreach (var (from, to) in new[] { (0, 150_000), (150_000, 150_001), (150_001, 200_000) })
        {
            calls.OfferAll(pairs.AsMemory(from, to - from), spare, threads);
        }

        Assert.All(Enumerable.Range(0, 10_000), t => Assert.Equal(sequential.Of(t).ToArray(), calls.Of(t).ToArray()));
    }

    [Fact]
    public void Gives_the_same_candidates_once_compacted_and_takes_no_more_offers()
    {
        var (sequential, pairs) = OfferedOneByOne(offers: 30_000, texts: 20_000, width: 4, seed: 6);
        var compacted = new EarlierCandidates(20_000, width: 4);
        compacted.OfferAll(pairs, new ulong[pairs.Length], 2);

        compacted.Compact();

        Assert.Equal(20_000, compacted.Count);
        Assert.All(Enumerable.Range(0, 20_000), t => Assert.Equal(sequential.Of(t).ToArray(), compacted.Of(t).ToArray()));
        Assert.Contains(Enumerable.Range(0, 20_000), t => compacted.Of(t).Length == 4);
        Assert.Contains(Enumerable.Range(0, 20_000), t => compacted.Of(t).IsEmpty);
        Assert.Throws<InvalidOperationException>(() => compacted.Offer(5, 1));
    }

    [Fact]
    public void Offering_all_pairs_offers_only_the_first_count()
    {
        var sut = new EarlierCandidates(4, width: 2);
        ulong[] pairs = [(3UL << 32) | 1, (3UL << 32) | 0];

        sut.OfferAll(pairs.AsMemory(0, 1), new ulong[2], 2);

        Assert.Equal([1], sut.Of(3).ToArray());
    }

    /// <summary>Random offers (pairs with the text in the upper half), and the candidates they leave offered one by one.</summary>
    private static (EarlierCandidates Sequential, ulong[] Pairs) OfferedOneByOne(int offers, int texts, int width, int seed)
    {
        var random = new Random(seed);
        var made = Enumerable.Range(0, offers).Select(_ => random.Next(1, texts)).Select(t => (t, random.Next(t))).ToArray();
        var sequential = new EarlierCandidates(texts, width);
        foreach (var (text, earlier) in made)
        {
            sequential.Offer(text, earlier);
        }

        return (sequential, made.Select(o => ((ulong)o.t << 32) | (uint)o.Item2).ToArray());
    }
}
