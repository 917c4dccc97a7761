using System.Text;
using NetworkGraph.Scenarios.Content;
using NetworkGraph.Scenarios.Output;
using NetworkGraph.Scenarios.Tests.Support;

namespace NetworkGraph.Scenarios.Tests.Output;

public sealed class PythonListTests
{
    [Theory]
    [InlineData(new string[0], "[]")]
    [InlineData(new[] { "Kanaky" }, "['Kanaky']")]
    [InlineData(new[] { "NouvelleCalédonie", "Kanaky" }, "['NouvelleCalédonie', 'Kanaky']")]
    [InlineData(new[] { "l'été" }, "[\"l'été\"]")]
    [InlineData(new[] { "a\\b" }, "['a\\\\b']")]
    public void Writes_lists_as_python_repr_does(string[] items, string expected)
    {
        var list = new EntityList();
        foreach (var item in items)
        {
            list.Add(Encoding.UTF8.GetBytes(item));
        }

        var buffer = new byte[256];
        var n = PythonList.Write(buffer, list);
        var text = Encoding.UTF8.GetString(buffer, 0, n);
        Assert.Equal(expected, text);
        Assert.Equal(items, PythonListParser.Parse(text));
    }

    [Theory]
    [InlineData("['a',  'b']")]
    [InlineData("[a]")]
    [InlineData("['a'")]
    [InlineData("[\"a']")]
    public void The_test_parser_rejects_what_python_would_not_write(string text) =>
        Assert.Throws<FormatException>(() => PythonListParser.Parse(text));
}
