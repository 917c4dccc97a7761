using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class ConcurrentUnionFindTests
{
    [Fact]
    public void Roots_every_component_at_its_smallest_element_whatever_the_order_of_parallel_unions()
    {
        var random = new Random(3);
        var pairs = Enumerable.Range(0, 20_000).Select(_ => (random.Next(10_000), random.Next(10_000))).ToArray();
        var expected = SequentialRoots(10_000, pairs);

        var sut = new ConcurrentUnionFind(10_000);
        Parallel.ForEach(pairs.Reverse(), new ParallelOptions { MaxDegreeOfParallelism = 4 }, p => sut.Union(p.Item1, p.Item2));

        Assert.Equal(expected, sut.Roots());
    }

    private static int[] SequentialRoots(int count, (int, int)[] pairs)
    {
        var component = Enumerable.Range(0, count).ToArray();
        bool changed;
        do
        {
            changed = false;
            foreach (var (a, b) in pairs)
            {
                var min = Math.Min(component[a], component[b]);
                if (component[a] != min || component[b] != min)
                {
                    component[a] = component[b] = min;
                    changed = true;
                }
            }
        }
        while (changed);

        return component;
    }
}
