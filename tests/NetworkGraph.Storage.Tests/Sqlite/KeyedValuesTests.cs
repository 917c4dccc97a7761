using Microsoft.Data.Sqlite;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Storage.Tests.Sqlite;

/// <summary>The values of chosen keys are the same whether their key range is read in one pass or each key is looked up.</summary>
public sealed class KeyedValuesTests
{
    private static SqliteConnection Table()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE urls (url_key INTEGER PRIMARY KEY, url TEXT NOT NULL);
            INSERT INTO urls VALUES (-7, 'https://a.example/ü'), (-2, 'b'), (1, 'c'), (2, 'd'), (5, ''), (9, 'f'), (4611686018427387904, 'far');
            """;
        create.ExecuteNonQuery();
        return connection;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [InlineData(null)]
    public void Either_way_each_key_the_table_holds_gets_its_value_and_no_other_key_one(bool? scan)
    {
        using var connection = Table();

        var values = KeyedValues.Read(connection.Handle!, "urls", "url_key", "url", [9, -7, 3, 9, 5, 1], CancellationToken.None, scan);

        Assert.Equal(
            new Dictionary<long, string> { [-7] = "https://a.example/ü", [1] = "c", [5] = string.Empty, [9] = "f" },
            values);
    }

    [Fact]
    public void Keys_far_apart_give_the_same_values_by_default_as_by_one_pass_over_their_range()
    {
        using var connection = Table();
        long[] keys = [-2, 4611686018427387904, long.MaxValue, long.MinValue];

        var looked = KeyedValues.Read(connection.Handle!, "urls", "url_key", "url", keys, CancellationToken.None);

        Assert.Equal(new Dictionary<long, string> { [-2] = "b", [4611686018427387904] = "far" }, looked);
        Assert.Equal(looked, KeyedValues.Read(connection.Handle!, "urls", "url_key", "url", keys, CancellationToken.None, scan: true));
    }

    [Fact]
    public void No_keys_read_nothing()
    {
        using var connection = Table();

        Assert.Empty(KeyedValues.Read(connection.Handle!, "urls", "url_key", "url", [], CancellationToken.None));
    }

    [Theory]
    [InlineData(0, 7, 1, true)] // 8 keys in the range, one chosen: one in eight
    [InlineData(0, 8, 1, false)] // 9 keys, one chosen
    [InlineData(-4, 11, 2, true)] // 16 keys, two chosen
    [InlineData(-4, 12, 2, false)]
    [InlineData(long.MinValue, long.MaxValue, int.MaxValue, false)] // every long: never dense
    [InlineData(5, 5, 1, true)]
    public void Keys_are_dense_when_they_are_one_in_eight_of_their_range(long low, long high, int count, bool dense)
    {
        Assert.Equal(dense, KeyedValues.Dense(low, high, count));
    }
}
