using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Tests.Text;

public sealed class StableHashTests
{
    [Fact]
    public void Hashes_equal_text_equally_and_depends_on_every_character_and_the_seed()
    {
        Assert.Equal(StableHash.Hash64("hello world"), StableHash.Hash64(new string("hello world".ToCharArray())));
        Assert.NotEqual(StableHash.Hash64("hello world"), StableHash.Hash64("hello worle"));
        Assert.NotEqual(StableHash.Hash64("abcd"), StableHash.Hash64("abcd\0"));
        Assert.NotEqual(StableHash.Hash64("hello"), StableHash.Hash64("hello", seed: 1));
    }

    [Fact]
    public void Spreads_similar_inputs_over_the_whole_range()
    {
        var hashes = Enumerable.Range(0, 100_000).Select(i => StableHash.Hash64("text " + i)).ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
        var topBuckets = hashes.GroupBy(h => h >> 60).Select(g => g.Count()).ToList();
        Assert.Equal(16, topBuckets.Count);
        Assert.All(topBuckets, count => Assert.InRange(count, 5_500, 7_000));
    }
}
