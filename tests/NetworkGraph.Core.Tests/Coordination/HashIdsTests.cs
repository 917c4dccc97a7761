using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class HashIdsTests
{
    [Fact]
    public void A_new_hash_gets_the_offered_id_and_a_known_one_keeps_its_own()
    {
        var sut = new HashIds();

        Assert.Equal(0, sut.GetOrAdd(42, 0, out var first));
        Assert.Equal(1, sut.GetOrAdd(0, 1, out var zero)); // hash 0 is a hash like any other
        Assert.Equal(0, sut.GetOrAdd(42, 2, out var again));

        Assert.True(first);
        Assert.True(zero);
        Assert.False(again);
        Assert.Equal(1, sut.IdOf(0));
        Assert.Equal(0, sut.IdOf(42));
        Assert.Equal(-1, sut.IdOf(43));
        Assert.Equal(2, sut.Count);
    }

    [Fact]
    public void Keeps_every_id_through_growth_when_hashes_crowd_one_place()
    {
        // Hashes that differ only in their low bits all start probing at slot 0.
        var sut = new HashIds();
        for (var i = 0; i < 5_000; i++)
        {
            Assert.Equal(i, sut.GetOrAdd((ulong)i * 3, i, out var added));
            Assert.True(added);
        }

        for (var i = 0; i < 5_000; i++)
        {
            Assert.Equal(i, sut.GetOrAdd((ulong)i * 3, 999_999, out var added));
            Assert.False(added);
            Assert.Equal(i, sut.IdOf((ulong)i * 3));
            Assert.Equal(-1, sut.IdOf(((ulong)i * 3) + 1));
        }
    }

    [Fact]
    public void Gives_the_ids_a_dictionary_gives_for_random_hashes()
    {
        var random = new Random(7);
        var expected = new Dictionary<ulong, int>();
        var sut = new HashIds();
        for (var i = 0; i < 200_000; i++)
        {
            var hash = (ulong)random.NextInt64() << (i % 3 == 0 ? 1 : 0) ^ (ulong)random.Next(4);
            if (random.Next(4) == 0 && expected.Count > 0)
            {
                hash = expected.Keys.ElementAt(random.Next(Math.Min(expected.Count, 50)));
            }

            if (!expected.TryGetValue(hash, out var id))
            {
                id = expected.Count;
                expected.Add(hash, id);
            }

            Assert.Equal(id, sut.GetOrAdd(hash, expected.Count - 1, out _));
        }

        Assert.Equal(expected.Count, sut.Count);
    }
}
