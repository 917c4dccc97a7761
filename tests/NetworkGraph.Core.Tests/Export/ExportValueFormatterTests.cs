using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Tests.Export;

public sealed class ExportValueFormatterTests
{
    public static TheoryData<ExportValueType, object, string> Accepted => new()
    {
        { ExportValueType.Integer, -7, "-7" },
        { ExportValueType.Long, 5_000_000_000L, "5000000000" },
        { ExportValueType.Long, 3, "3" },
        { ExportValueType.Double, 0.1, "0.1" },
        { ExportValueType.Double, -0.0, "0" },
        { ExportValueType.Double, 12L, "12" },
        { ExportValueType.Float, 0.1f, "0.1" },
        { ExportValueType.Boolean, false, "false" },
        { ExportValueType.Date, new DateTimeOffset(2024, 1, 2, 5, 0, 0, TimeSpan.FromHours(4)), "2024-01-02T01:00:00Z" },
        { ExportValueType.Date, new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, TimeSpan.Zero), "2024-01-02T03:04:05.678Z" },
        { ExportValueType.Date, new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Unspecified), "2024-01-02T03:04:05Z" },
        { ExportValueType.Date, new DateOnly(2024, 1, 2), "2024-01-02" },
        { ExportValueType.String, "a\u0000b", "ab" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Formats_a_value_of_its_column_type_invariantly(ExportValueType type, object value, string expected)
    {
        Assert.Equal(expected, ExportValueFormatter.Prepare(new ExportColumn("c", type), value, "n").Text);
    }

    [Theory]
    [InlineData(ExportValueType.Integer, 3L)]
    [InlineData(ExportValueType.Long, 1.5)]
    [InlineData(ExportValueType.Boolean, "true")]
    [InlineData(ExportValueType.StringList, "a;b")]
    [InlineData(ExportValueType.Double, double.NaN)]
    public void Rejects_a_value_that_does_not_fit_its_column(ExportValueType type, object value)
    {
        Assert.Throws<ArgumentException>(() => ExportValueFormatter.Prepare(new ExportColumn("c", type), value, "n"));
    }

    [Fact]
    public void Keeps_list_items_apart_and_cleans_each()
    {
        var value = ExportValueFormatter.Prepare(new ExportColumn("c", ExportValueType.StringList), new List<string> { "a\u0001", "b" }, "n");

        Assert.Null(value.Text);
        Assert.Equal(["a", "b"], value.Items);
    }
}
