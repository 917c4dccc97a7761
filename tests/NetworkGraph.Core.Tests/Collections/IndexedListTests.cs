using NetworkGraph.Core.Collections;

namespace NetworkGraph.Core.Tests.Collections;

public sealed class IndexedListTests
{
    [Fact]
    public void Makes_each_item_from_its_position_every_time_it_is_read()
    {
        var made = 0;
        var list = new IndexedList<string>(3, i => $"item {i} #{++made}");

        Assert.Equal(3, list.Count);
        Assert.Equal("item 1 #1", list[1]);
        Assert.Equal("item 1 #2", list[1]);
        Assert.Equal(["item 0 #3", "item 1 #4", "item 2 #5"], list);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Refuses_a_position_outside_the_list(int position)
    {
        var list = new IndexedList<int>(3, i => i);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[position]);
    }

    [Fact]
    public void Reads_the_items_of_another_list_at_positions_in_their_order()
    {
        IReadOnlyList<string> source = ["a", "b", "c", "d"];
        Assert.Equal(["d", "b", "b"], IndexedList<string>.At(source, [3, 1, 1]));
    }

    [Fact]
    public void Keeps_the_items_that_pass_a_test_and_gives_the_list_itself_when_all_pass()
    {
        IReadOnlyList<int> source = [5, 1, 8, 3, 9];

        Assert.Equal([5, 8, 9], IndexedList<int>.Where(source, x => x >= 5));
        Assert.Same(source, IndexedList<int>.Where(source, x => x > 0));
        Assert.Empty(IndexedList<int>.Where(source, x => x > 100));
    }
}
