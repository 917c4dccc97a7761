using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class RadixSortTests
{
    [Theory]
    [InlineData(50, 0, 64)]
    [InlineData(10_000, 0, 42)]
    [InlineData(200_000, 32, 64)]
    [InlineData(200_000, 4, 30)]
    public void Both_sorts_order_by_the_chosen_bits_and_keep_ties_in_input_order(int n, int lowBit, int highBit)
    {
        var random = new Random(n + lowBit);
        var keys = Enumerable.Range(0, n).Select(_ => (ulong)random.NextInt64() & 0xFFFF_00FF_FFFF_FFFF).ToArray();
        var mask = (highBit - lowBit == 64 ? ulong.MaxValue : (1UL << (highBit - lowBit)) - 1) << lowBit;
        var expected = keys.Select((k, i) => (Key: k, Item: i)).OrderBy(p => p.Key & mask).ToArray(); // stable

        foreach (var partitioned in new[] { false, true })
        {
            var sorted = (ulong[])keys.Clone();
            var items = Enumerable.Range(0, n).ToArray();
            if (partitioned)
            {
                RadixSort.SortPartitioned(sorted, items.AsSpan(), new ulong[n], new int[n], lowBit, highBit);
            }
            else
            {
                RadixSort.Sort(sorted, items.AsSpan(), new ulong[n], new int[n], lowBit, highBit);
            }

            Assert.Equal(expected.Select(p => p.Key), sorted);
            Assert.Equal(expected.Select(p => p.Item), items);
        }
    }
}
