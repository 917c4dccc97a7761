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
}
