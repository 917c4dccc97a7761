using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class RowOrderTests
{
    [Fact]
    public void Rows_come_by_key_and_equal_keys_by_the_tie_break_whatever_the_order_before()
    {
        string[] ids = ["b", "a", "c", "a2", "z", "m"];
        long[] time = [5, 5, 1, 5, 1, 9];
        var expected = new[] { 2, 4, 1, 3, 0, 5 }; // time 1: c, z; time 5: a, a2, b; time 9: m

        foreach (var start in new[] { new[] { 0, 1, 2, 3, 4, 5 }, [5, 4, 3, 2, 1, 0], [3, 0, 5, 1, 4, 2] })
        {
            var rows = start.ToArray();
            RowOrder.Sort([.. rows.Select(r => time[r])], rows, (x, y) => string.CompareOrdinal(ids[x], ids[y]));
            Assert.Equal(expected, rows);
        }
    }

    [Fact]
    public void Equal_keys_come_by_the_tie_break_also_when_the_keys_are_already_in_order()
    {
        string[] ids = ["b", "a", "c", "z", "m"];
        long[] time = [1, 1, 1, 5, 5];
        var rows = new[] { 0, 1, 2, 3, 4 };

        RowOrder.Sort([.. rows.Select(r => time[r])], rows, (x, y) => string.CompareOrdinal(ids[x], ids[y]));

        Assert.Equal([1, 0, 2, 4, 3], rows);
    }

    [Fact]
    public void Keys_in_part_of_a_longer_array_sort_the_rows_and_leave_the_rest()
    {
        string[] ids = ["b", "a", "c"];
        long[] keys = [7, 3, 7, 42, 42];
        var rows = new[] { 0, 1, 2 };

        RowOrder.Sort(keys.AsSpan(0, 3), rows, (x, y) => string.CompareOrdinal(ids[x], ids[y]));

        Assert.Equal([1, 0, 2], rows);
        Assert.Equal([3, 7, 7, 42, 42], keys);
        Assert.Throws<ArgumentException>(() => RowOrder.Sort(keys.AsSpan(0, 4), rows, (x, y) => x.CompareTo(y)));
    }
}
