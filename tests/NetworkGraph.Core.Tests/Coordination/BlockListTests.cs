using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class BlockListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(65_536)]
    [InlineData(200_001)]
    public void Holds_every_item_in_order_by_index_and_as_one_array(int count)
    {
        var list = new BlockList<long>();
        for (var i = 0; i < count; i++)
        {
            list.Add(i * 3L);
        }

        Assert.Equal(count, list.Count);
        Assert.All(new[] { 0, count / 2, count - 1 }.Where(i => i >= 0 && i < count), i => Assert.Equal(i * 3L, list[i]));
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 3L), list.ToArray());
        Assert.Equal(count, list.Count);
    }

    [Fact]
    public void Moving_to_an_array_empties_the_list_for_reuse()
    {
        var list = new BlockList<int>();
        for (var i = 0; i < 70_000; i++)
        {
            list.Add(i);
        }

        Assert.Equal(Enumerable.Range(0, 70_000), list.MoveToArray());
        Assert.Equal(0, list.Count);
        list.Add(7);
        Assert.Equal([7], list.ToArray());
    }

    [Fact]
    public void Permuted_gives_the_items_in_the_order_asked_across_blocks_and_refuses_an_index_past_the_end()
    {
        var list = new BlockList<long>();
        for (var i = 0; i < 70_000; i++)
        {
            list.Add(i * 5L);
        }

        int[] order = [69_999, 0, 65_536, 65_535, 256, 0];

        Assert.Equal(order.Select(i => i * 5L), list.Permuted(order));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.Permuted([70_000]));
    }

    [Fact]
    public void Reading_past_the_end_is_an_error()
    {
        var list = new BlockList<int>();
        list.Add(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
    }
}
