using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class CoShareTimingTests
{
    [Theory]
    [InlineData(1, 0.1, 0.1)] // one uniform gap: P(U <= 0.1)
    [InlineData(2, 0.1, 0.02)] // mean of two: 2 u^2 for u <= 1/2
    [InlineData(3, 0.5, 0.5)] // the null's own mean
    public void The_p_value_is_the_chance_of_a_mean_gap_that_small(int n, double gapShare, double expected)
    {
        Assert.Equal(expected, CoShareTiming.PValue(gapShare * 3600, n, 3600), 6);
    }

    [Fact]
    public void The_normal_approximation_takes_over_smoothly_above_thirty_co_shares()
    {
        var exact = CoShareTiming.PValue(1500, 30, 3600);
        var approx = CoShareTiming.PValue(1500, 31, 3600);

        Assert.InRange(approx, exact * 0.5, exact);
    }

    [Fact]
    public void Many_co_shares_a_little_closer_than_chance_are_significant_but_not_close_enough()
    {
        Assert.True(CoShareTiming.PValue(1500, 400, 3600) < 0.01);
        Assert.False(CoShareTiming.CloserThanChance(1500, 400, 3600, 0.01, 1.0 / 6));
        Assert.True(CoShareTiming.CloserThanChance(120, 3, 3600, 0.01, 1.0 / 6));
        Assert.False(CoShareTiming.CloserThanChance(500, 2, 3600, 0.01, 1.0 / 6)); // two co-shares 8 min apart: chance gives that 4% of the time
    }
}
