using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Storage.Tests.Sqlite;

/// <summary>A set of account keys answers for every key, whether it is kept as flags over a narrow span or hashed over a
/// wide one.</summary>
public sealed class KeySetTests
{
    public static TheoryData<long[]> KeySets => new()
    {
        { [3, 4, 9, 1_000] },
        { [-7, -1, 0, 5] },
        { [long.MinValue, -3, 12, long.MaxValue] },
        { [1, 1L << 40] },
        { [42] },
        { [long.MaxValue - 2, long.MaxValue] },
        { [long.MinValue, long.MinValue + 3] },
        { [.. Enumerable.Range(0, 5_000).Select(i => 3L * i)] },
        { [1, 50_000_000] },
    };

    [Theory]
    [MemberData(nameof(KeySets))]
    public void Holds_exactly_its_keys(long[] keys)
    {
        var set = KeySet.Of([.. keys]);

        foreach (var key in keys)
        {
            Assert.True(set.Contains(key), $"{key} is in the set");
        }

        foreach (var key in keys.SelectMany(k => new[] { k - 1, k + 1 }).Concat([long.MinValue, long.MaxValue, 0, 2]).Except(keys))
        {
            Assert.False(set.Contains(key), $"{key} is not in the set");
        }
    }

    [Fact]
    public void An_empty_set_holds_nothing()
    {
        var set = KeySet.Of([]);

        Assert.False(set.Contains(0));
        Assert.False(set.Contains(long.MinValue));
    }
}
