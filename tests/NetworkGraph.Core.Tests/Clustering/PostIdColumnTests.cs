using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>Ids kept as numbers give back their strings and order as their strings do (ordinal), prefixes, leading
/// zeros, the largest longs and ids that are no numbers included.</summary>
public sealed class PostIdColumnTests
{
    private static readonly string[] Numbers =
    [
        "12", "120", "1200", "2", "10", "1", "0", "9", "99", "1000000000000000001", "9223372036854775807", "922337203685477580",
        "1600000000000000001", "160000000000000000", "16", "12", "3000000000",
    ];

    [Fact]
    public void Numeric_ids_come_back_and_order_as_their_strings_do()
    {
        var column = PostIdColumn.Of(Numbers);

        Assert.Equal(Numbers, Enumerable.Range(0, column.Count).Select(r => column[r]));
        Assert.Equal(Expected(Numbers), column.OrdinalOrder());
        for (var x = 0; x < Numbers.Length; x++)
        {
            for (var y = 0; y < Numbers.Length; y++)
            {
                Assert.Equal(Math.Sign(string.CompareOrdinal(Numbers[x], Numbers[y])), Math.Sign(column.CompareOrdinal(x, y)));
            }
        }
    }

    [Fact]
    public void Ids_that_are_no_canonical_numbers_stay_strings_and_order_among_the_numbers()
    {
        string?[] ids = [.. Numbers, "007", "-5", "9223372036854775808", "99999999999999999999", "abc", "", "١٢", "12a", null];
        var column = PostIdColumn.Of(ids);

        Assert.Equal(ids, Enumerable.Range(0, column.Count).Select(r => column[r]));
        Assert.Equal(Expected(ids), column.OrdinalOrder());
        Assert.False(column.TryNumber(Array.IndexOf(ids, "007"), out _));
        Assert.True(column.TryNumber(Array.IndexOf(ids, "9223372036854775807"), out var max) && max == long.MaxValue);
    }

    [Fact]
    public void Built_in_another_order_rows_keep_their_ids()
    {
        var builder = new PostIdColumn.Builder();
        builder.Add("x1");
        builder.Add(42);
        builder.Add(-7);
        builder.Add((string?)null);

        var column = builder.Build([3, 2, 0, 1]);

        Assert.Equal([null, "-7", "x1", "42"], Enumerable.Range(0, column.Count).Select(r => column[r]));
    }

    [Fact]
    public void Many_ids_that_begin_alike_order_as_their_strings_do()
    {
        // Hashed ids (as archives give them), ids that share their first characters, surrogates, numbers among them.
        var random = new Random(7);
        var ids = new string?[5_000];
        for (var r = 0; r < ids.Length; r++)
        {
            ids[r] = (r % 7) switch
            {
                0 => random.NextInt64(0, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => "ab" + random.Next(0, 50),
                2 => null,
                3 => "\uD83D\uDE00" + random.Next(0, 9),
                4 => "\uFFFD" + random.Next(0, 9),
                5 => random.Next(0, 300).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => random.NextInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        var column = PostIdColumn.Of(ids);

        Assert.Equal(Expected(ids), column.OrdinalOrder());
        Assert.Equal(ids, Enumerable.Range(0, column.Count).Select(r => column[r]));
    }

    [Fact]
    public void Hashed_and_latin1_ids_order_as_their_strings_do()
    {
        var random = new Random(11);
        string?[] ids =
        [
            .. Enumerable.Range(0, 3_000).Select(_ => random.NextInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture)[..random.Next(1, 17)]),
            "abcdefgh\u0100", "abcdefgh", "abcdefg\u00FF", "\u00E9t\u00E9", "\u0080", "", "00", "0", "7", "12345678", "123456789",
            null, "\0x", "\0", null, "",
        ];

        Assert.Equal(Expected(ids), PostIdColumn.Of(ids).OrdinalOrder());
    }

    private static int[] Expected(string?[] ids) =>
        [.. Enumerable.Range(0, ids.Length).OrderBy(r => ids[r], StringComparer.Ordinal).ThenBy(r => r)];
}
