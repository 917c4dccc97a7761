using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Tests.Sampling;

public sealed class RngTests
{
    [Fact]
    public void Matches_the_reference_xoshiro256_starstar_seeded_by_splitmix64()
    {
        // Values from an independent implementation of the published algorithms, seed 42.
        var rng = new Rng(42);
        Assert.Equal(1546998764402558742UL, rng.NextULong());
        Assert.Equal(6990951692964543102UL, rng.NextULong());
        Assert.Equal(12544586762248559009UL, rng.NextULong());
    }

    [Fact]
    public void Reseeding_restarts_the_same_stream()
    {
        var rng = new Rng(7);
        var first = Enumerable.Range(0, 5).Select(_ => rng.NextULong()).ToArray();
        rng.Reseed(7);
        Assert.Equal(first, Enumerable.Range(0, 5).Select(_ => rng.NextULong()).ToArray());
    }

    [Fact]
    public void Sub_streams_differ_by_stream_and_day()
    {
        Assert.NotEqual(Rng.For(1, Streams.Organic, 3).NextULong(), Rng.For(1, Streams.Organic, 4).NextULong());
        Assert.NotEqual(Rng.For(1, Streams.Organic, 3).NextULong(), Rng.For(1, Streams.Decoy, 3).NextULong());
    }

    [Fact]
    public void Bounded_draws_stay_in_range_and_cover_it()
    {
        var rng = new Rng(3);
        var seen = new int[10];
        for (var i = 0; i < 10_000; i++)
        {
            seen[rng.Next(10)]++;
            var d = rng.NextDouble();
            Assert.InRange(d, 0.0, 0.9999999999);
        }

        Assert.All(seen, count => Assert.InRange(count, 850, 1150));
    }

    [Fact]
    public void Poisson_has_the_requested_mean()
    {
        var rng = new Rng(5);
        foreach (var mean in new[] { 0.3, 4.0, 120.0 })
        {
            var average = Enumerable.Range(0, 20_000).Average(_ => rng.Poisson(mean));
            Assert.InRange(average, mean * 0.95, mean * 1.05);
        }
    }
}
