using NetworkGraph.Storage.Sqlite.Ingest;

namespace NetworkGraph.Storage.Tests.Sqlite.Ingest;

public sealed class PlaceholdersTests
{
    [Fact]
    public void Numbers_the_parameters_of_many_rows_row_after_row() =>
        Assert.Equal("(?1, ?2, ?3), (?4, ?5, ?6)", Placeholders.Rows(2, 3));

    [Fact]
    public void Numbers_a_list_from_where_it_is_told() => Assert.Equal("?5, ?6, ?7", Placeholders.List(3, 5));
}
