using System.Text;
using NetworkGraph.Core.Ingestion.Archive;

namespace NetworkGraph.Core.Tests.Ingestion.Archive;

public sealed class PythonListTests
{
    private static string[] Parse(string text)
    {
        var list = new PythonList();
        Assert.True(list.TryParse(Encoding.UTF8.GetBytes(text), out var error), error);
        return Enumerable.Range(0, list.Count).Select(i => Encoding.UTF8.GetString(list[i])).ToArray();
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("nan")]
    [InlineData(" None ")]
    public void Reads_empty_cells_as_empty_lists(string text) => Assert.Empty(Parse(text));

    [Fact]
    public void Reads_single_and_double_quoted_items_with_escapes()
    {
        Assert.Equal(["a", "it's", "x\\y", "tab\there", "é", "😀"], Parse(@"['a', ""it's"", 'x\\y', 'tab\there', '\xe9', '\U0001f600']"));
    }

    [Fact]
    public void Reads_unquoted_numbers() => Assert.Equal(["123", "456"], Parse("[123, 456]"));

    [Fact]
    public void Keeps_commas_and_brackets_inside_quoted_items() => Assert.Equal(["a, b]", "c"], Parse("['a, b]', 'c']"));

    [Theory]
    [InlineData("['open")]
    [InlineData("'a', 'b'")]
    [InlineData("['a' 'b']")]
    public void Refuses_what_is_not_a_list(string text)
    {
        Assert.False(new PythonList().TryParse(Encoding.UTF8.GetBytes(text), out var error));
        Assert.NotNull(error);
    }
}
