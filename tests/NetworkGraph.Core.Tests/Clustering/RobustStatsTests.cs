using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class RobustStatsTests
{
    /// <summary>The weighted median by its definition: the kept items sorted by value, then position (equal values, -0
    /// and 0 among them, in the order given), and the first value whose running weight reaches half the total.</summary>
    private static double? Reference(IReadOnlyList<(double Value, double Weight)> items)
    {
        var kept = items.Where(x => x.Weight > 0 && double.IsFinite(x.Value)).ToList();
        if (kept.Count == 0)
        {
            return null;
        }

        var sorted = kept.Select((x, i) => (x.Value, x.Weight, Index: i)).OrderBy(x => x.Value).ThenBy(x => x.Index).ToList();
        var half = 0.0;
        foreach (var x in sorted)
        {
            half += x.Weight;
        }

        half /= 2;
        var running = 0.0;
        foreach (var x in sorted)
        {
            running += x.Weight;
            if (running >= half)
            {
                return x.Value;
            }
        }

        return sorted[^1].Value;
    }

    [Fact]
    public void The_weighted_median_is_its_definition_to_the_bit_with_ties_signed_zeros_and_values_left_out()
    {
        double[] values = [-0.0, 0.0, 1, -1, 2.5, 1e-300, -1e300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 3, 3, 0.1];
        double[] weights = [1, 2, 0.5, 0, -1, 1e-9, 7, 0.1];
        var rng = new Random(11);
        var zeroResults = new HashSet<long>();
        for (var round = 0; round < 3000; round++)
        {
            var items = Enumerable.Range(0, rng.Next(0, 40))
                .Select(_ => (values[rng.Next(values.Length)], weights[rng.Next(weights.Length)]))
                .ToArray();

            var expected = Reference(items);
            var actual = RobustStats.WeightedMedian(items);

            Assert.Equal(expected.HasValue, actual.HasValue);
            if (expected is { } e && actual is { } a)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(e), BitConverter.DoubleToInt64Bits(a));
                if (e == 0)
                {
                    zeroResults.Add(BitConverter.DoubleToInt64Bits(e));
                }
            }
        }

        Assert.Equal(2, zeroResults.Count); // both -0 and 0 came out as medians: the ties were tested
    }
}
