using Microsoft.Data.Sqlite;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Storage.Tests.Sqlite;

/// <summary>The posts read, keyed in ascending order with their rows, join a table keyed by post in one pass.</summary>
public sealed class KeyRowsTests
{
    [Fact]
    public void Keys_that_already_ascend_are_their_own_rows()
    {
        var rows = KeyRows.Of([-5, 3, 40, 41]);

        Assert.Null(rows.Rows);
        Assert.Equal([-5L, 3, 40, 41], rows.Keys);
    }

    [Fact]
    public void Keys_out_of_order_are_sorted_with_their_rows()
    {
        var rows = KeyRows.Of([40, -5, 41, 3]);

        Assert.Equal([-5L, 3, 40, 41], rows.Keys);
        Assert.Equal([1, 3, 0, 2], rows.Rows!);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Joining_hands_each_table_row_of_a_post_read_with_that_posts_row(bool keysInOrder)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE t (post_key INTEGER NOT NULL, value_key INTEGER NOT NULL, PRIMARY KEY (post_key, value_key)) WITHOUT ROWID;
                INSERT INTO t VALUES (-9, 1), (-5, 2), (-5, 7), (3, 1), (8, 4), (40, 3), (41, 5), (41, 6), (99, 1);
                """;
            create.ExecuteNonQuery();
        }

        long[] keysByRow = keysInOrder ? [-5, 3, 40, 41] : [40, -5, 41, 3];
        var rows = KeyRows.Of([.. keysByRow]);
        var joined = new List<(long Key, long Value)>();

        rows.Join(connection.Handle!, "SELECT post_key, value_key FROM t ORDER BY post_key, value_key", (row, value) => joined.Add((keysByRow[row], value)), CancellationToken.None);

        Assert.Equal([(-5L, 2L), (-5, 7), (3, 1), (40, 3), (41, 5), (41, 6)], joined);
    }
}
