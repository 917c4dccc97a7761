using NetworkGraph.Scenarios.Activity;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Tests.Activity;

public sealed class PostPoolTests
{
    [Fact]
    public void Picks_a_post_made_at_least_the_delay_earlier()
    {
        var pool = Pool(0, 60_000, 120_000, 180_000);
        var rng = new Rng(1);
        for (var i = 0; i < 100; i++)
        {
            var pick = pool.Pick(200_000, 70_000, 1_000, rng);
            Assert.InRange(pool.Time(pick), 0, 130_000);
        }
    }

    [Fact]
    public void Finds_nothing_before_its_first_post_or_after_dropping_old_ones()
    {
        var pool = Pool(100_000, 200_000);
        Assert.Equal(-1, pool.Pick(100_500, 10_000, 1_000, new Rng(1)));
        pool.DropBefore(150_000);
        Assert.Equal(-1, pool.Pick(190_000, 1_000, 1_000, new Rng(1)));
        Assert.Equal(200_000, pool.Time(pool.Pick(300_000, 1_000, 1_000, new Rng(1))));
    }

    [Fact]
    public void Rejects_posts_out_of_time_order()
    {
        var pool = Pool(100);
        Assert.Throws<InvalidOperationException>(() => pool.Add(50, 2, 0, default));
    }

    [Fact]
    public void Keeps_working_past_its_initial_capacity()
    {
        var pool = new PostPool();
        for (var i = 0; i < 5000; i++)
        {
            pool.Add(i * 1000L, i, i, default);
            if (i % 1000 == 999)
            {
                pool.DropBefore((i - 500) * 1000L);
            }
        }

        Assert.Equal(501, pool.Live);
        var pick = pool.Pick(10_000_000, 0, 0, new Rng(2));
        Assert.InRange(pool.TweetId(pick), 4_980, 4_999);
    }

    private static PostPool Pool(params long[] times)
    {
        var pool = new PostPool();
        for (var i = 0; i < times.Length; i++)
        {
            pool.Add(times[i], i + 1, i, default);
        }

        return pool;
    }
}
