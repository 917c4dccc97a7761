using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Tests.Sampling;

public sealed class AliasTableTests
{
    [Fact]
    public void Draws_in_proportion_to_the_weights()
    {
        var table = new AliasTable([1.0, 0.0, 3.0, 6.0]);
        var rng = new Rng(9);
        var counts = new int[4];
        for (var i = 0; i < 100_000; i++)
        {
            counts[table.Sample(rng)]++;
        }

        Assert.Equal(0, counts[1]);
        Assert.InRange(counts[0], 9_000, 11_000);
        Assert.InRange(counts[2], 28_500, 31_500);
        Assert.InRange(counts[3], 58_500, 61_500);
    }

    [Fact]
    public void Rejects_weights_without_a_positive_sum() => Assert.Throws<ArgumentException>(() => new AliasTable([0.0, 0.0]));
}
