using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class ScratchPoolTests
{
    [Fact]
    public void Take_gives_back_a_returned_scratch_instead_of_making_a_new_one()
    {
        var made = 0;
        var sut = new ScratchPool<int[]>(() =>
        {
            made++;
            return new int[8];
        });

        var first = sut.Take();
        sut.Return(first);
        var second = sut.Take();

        Assert.Same(first, second);
        Assert.Equal(1, made);
    }

    [Fact]
    public void Take_makes_a_new_scratch_while_every_made_one_is_in_use()
    {
        var sut = new ScratchPool<int[]>(() => new int[8]);

        var first = sut.Take();
        var second = sut.Take();

        Assert.NotSame(first, second);
    }

    [Fact]
    public void A_parallel_loop_whose_replicas_take_from_the_pool_makes_at_most_one_scratch_per_thread()
    {
        var made = 0;
        var sut = new ScratchPool<long[]>(() =>
        {
            Interlocked.Increment(ref made);
            return new long[16];
        });

        // Many short loops: each one's replicas end and start again, and every start asks the pool.
        for (var loop = 0; loop < 200; loop++)
        {
            Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 2 }, sut.Take, (i, _, scratch) =>
            {
                scratch[i % scratch.Length]++;
                return scratch;
            }, sut.Return);
        }

        Assert.InRange(made, 1, 2);
    }
}
