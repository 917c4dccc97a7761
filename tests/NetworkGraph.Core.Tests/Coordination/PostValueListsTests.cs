using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

/// <summary>A list column holds each row's value ids in the order added, rows filled in order, and empties for refilling.</summary>
public sealed class PostValueListsTests
{
    [Fact]
    public void Rows_hold_their_ids_in_order_and_rows_not_filled_are_empty()
    {
        var lists = new PostValueLists(5) { Values = ["x", "y", "z"] };

        lists.Add(1, 2);
        lists.Add(1, 0);
        lists.Add(3, 1);
        for (var id = 0; id < 300; id++)
        {
            lists.Add(4, id % 3); // outgrows the first id buffer
        }

        Assert.True(lists.IdsOf(0).IsEmpty);
        Assert.Equal([2, 0], lists.IdsOf(1).ToArray());
        Assert.True(lists.IdsOf(2).IsEmpty);
        Assert.Equal([1], lists.IdsOf(3).ToArray());
        Assert.Equal(300, lists.IdsOf(4).Length);
        Assert.Equal(["z", "x"], lists.ValuesOf(1));
    }

    [Fact]
    public void Clearing_empties_every_row_and_keeps_the_values()
    {
        var lists = new PostValueLists(3) { Values = ["x", "y"] };
        lists.Add(0, 1);
        lists.Add(2, 0);

        lists.Clear();
        lists.Add(1, 0);

        Assert.True(lists.IdsOf(0).IsEmpty);
        Assert.Equal([0], lists.IdsOf(1).ToArray());
        Assert.True(lists.IdsOf(2).IsEmpty);
        Assert.Equal(["x", "y"], lists.Values);
    }

    [Fact]
    public void Adding_to_a_row_before_the_last_one_filled_or_beyond_the_capacity_throws()
    {
        var lists = new PostValueLists(3);
        lists.Add(1, 0);

        Assert.Throws<ArgumentOutOfRangeException>(() => lists.Add(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => lists.Add(3, 0));
    }
}
