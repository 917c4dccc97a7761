using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

/// <summary>A key map gives back what each key was mapped to, whether the key lies in its tables or in its dictionary.</summary>
public sealed class KeyMapTests
{
    [Fact]
    public void Gives_each_key_its_value_on_both_sides_of_the_table_bounds_and_nothing_for_keys_not_added()
    {
        long[] keys =
        [
            0, 1, 5, 1023, 1024, 65_535, 65_536, 70_000, 5_000_000, 1_780_000_000_000_000_001, long.MaxValue,
            -1, -2, -1024, -1025, -16_777_215, -16_777_216, -20_000_000, long.MinValue,
        ];
        var map = new KeyMap(maxPositiveTableKey: 1 << 16);
        for (var i = 0; i < keys.Length; i++)
        {
            map.Add(keys[i], i * 3);
        }

        Assert.Equal(keys.Length, map.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(map.TryGetValue(keys[i], out var value), $"key {keys[i]}");
            Assert.Equal(i * 3, value);
        }

        foreach (var absent in new long[] { 2, 1022, 65_534, 65_537, 100_000_000, -3, -1023, -16_777_214, -16_777_217, long.MinValue + 1 })
        {
            Assert.False(map.TryGetValue(absent, out _), $"key {absent}");
        }
    }

    [Fact]
    public void Refuses_a_key_added_twice_and_a_negative_value()
    {
        var map = new KeyMap(maxPositiveTableKey: 1 << 16);
        map.Add(7, 0);
        map.Add(-7, 1);
        map.Add(1L << 40, 2);

        Assert.ThrowsAny<ArgumentException>(() => map.Add(7, 3));
        Assert.ThrowsAny<ArgumentException>(() => map.Add(-7, 3));
        Assert.ThrowsAny<ArgumentException>(() => map.Add(1L << 40, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.Add(8, -1));
        Assert.Equal(3, map.Count);
    }
}
