using System.Text;
using NetworkGraph.Core.Ingestion.Json;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

public sealed class JsonUnitsTests
{
    private const string PrettyArray = "[\n  {\"a\": 1},\n  {\n    \"b\": [1, {\"c\": \"]}\"}]\n  },\n  [2, 3]\n]\n";

    [Fact]
    public void Cuts_a_pretty_printed_array_into_its_elements_at_the_lines_where_they_start()
    {
        var units = ReadAll(PrettyArray);

        Assert.Equal(["{\"a\": 1}", "{\n    \"b\": [1, {\"c\": \"]}\"}]\n  }", "[2, 3]"], units.Select(u => u.Text));
        Assert.Equal([2L, 3L, 6L], units.Select(u => u.Line));
    }

    [Fact]
    public void Takes_brackets_escaped_quotes_and_backslashes_inside_strings_as_text()
    {
        var units = ReadAll("[{\"t\": \"}] \\\" \\\\\"}, {\"u\": \"[\\\\\"}]");

        Assert.Equal(["{\"t\": \"}] \\\" \\\\\"}", "{\"u\": \"[\\\\\"}"], units.Select(u => u.Text));
    }

    [Theory]
    [InlineData("{\"a\": 1}\n{\"b\": 2}", false)]
    [InlineData(" \r\n{\"a\": \"{\\\"[\"}\n{", false)]
    [InlineData("{\"a\": \"a long first line, not ended yet", false)]
    [InlineData("{\n  \"a\": 1\n}", true)]
    [InlineData("{\"a\": [1,\n2]}\n", true)]
    [InlineData("[{\"a\": 1}]", true)]
    public void Tells_json_lines_from_a_whole_document_by_where_the_first_value_ends(string head, bool document) =>
        Assert.Equal(document, JsonUnits.IsDocument(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Reads_json_lines_with_blank_lines_and_an_unterminated_last_line()
    {
        var units = ReadAll("{\"a\": 1}\n\n{\"b\": [");

        Assert.Equal(["{\"a\": 1}", "", "{\"b\": ["], units.Select(u => u.Text));
        Assert.Equal([1L, 2L, 3L], units.Select(u => u.Line));
        Assert.True(units[^1].Unterminated);
    }

    [Fact]
    public void Reads_a_pretty_printed_object_and_documents_one_after_another_whole()
    {
        var units = ReadAll("{\n  \"a\": 1\n}\n{\n  \"b\": \"x\"\n} {\"c\": 3}");

        Assert.Equal(["{\n  \"a\": 1\n}", "{\n  \"b\": \"x\"\n}", "{\"c\": 3}"], units.Select(u => u.Text));
        Assert.Equal([1L, 4L, 6L], units.Select(u => u.Line));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Gives_the_same_units_whatever_the_size_of_the_reads(int chunk)
    {
        Assert.Equal(ReadAll(PrettyArray), ReadAll(PrettyArray, chunk));
        Assert.Equal(ReadAll("{\"a\": 1}\r\n{\"b\": 2}"), ReadAll("{\"a\": 1}\r\n{\"b\": 2}", chunk));
    }

    [Theory]
    [InlineData(PrettyArray, true)]
    [InlineData(PrettyArray, false)]
    [InlineData("{\n \"a\": 1\n}\n[{\"b\": 2}, {\"c\": 3}]\n{\"d\": 4}", false)]
    [InlineData("{\"a\": 1}\n{\"b\": 2}\n{\"c\": 3}\n", true)]
    [InlineData("{\"a\": 1}\n{\"b\": 2}\n{\"c\": 3}\n", false)]
    public void Resumes_after_any_unit_with_exactly_the_units_and_lines_that_follow(string json, bool seekable)
    {
        var all = ReadAll(json);

        for (var i = 0; i < all.Count; i++)
        {
            var rest = ReadAll(json, chunk: 5, seekable, all[i].EndOffset, all[i].EndLine);
            Assert.Equal(all.Skip(i + 1).Select(u => (u.Text, u.Line)), rest.Select(u => (u.Text, u.Line)));
        }
    }

    [Fact]
    public void Streams_a_large_array_holding_only_about_one_element_at_a_time()
    {
        var element = "{\"text\": \"" + new string('x', 180) + "\"}";
        var json = "[\n" + string.Join(",\n", Enumerable.Repeat(element, 50_000)) + "\n]\n";
        using var units = JsonUnits.Open(new TrickleStream(Encoding.UTF8.GetBytes(json), 1 << 16, seekable: false), 0, 1);

        var count = 0;
        while (units.TryRead(out var unit))
        {
            count += unit.Length == element.Length ? 1 : 0;
        }

        Assert.True(json.Length > 8 * units.BufferBytes, $"{json.Length} bytes against {units.BufferBytes}");
        Assert.Equal((50_000, 1 << 20, 50_003L), (count, units.BufferBytes, units.NextLine));
    }

    [Fact]
    public void Flags_a_value_cut_by_the_end_of_the_input()
    {
        var units = ReadAll("[{\"a\": 1},\n {\"b\": [2");

        Assert.Equal([false, true], units.Select(u => u.Unterminated));
        Assert.Equal("{\"b\": [2", units[1].Text);
    }

    [Theory]
    [InlineData("[{\"a\": \"0123456789\"},\n{\"b\": 1}]", "{\"b\": 1}")]
    [InlineData("{\"a\": \"0123456789\"}\n{\"b\": 1}\n", "{\"b\": 1}")]
    public void Drops_a_value_longer_than_the_limit_and_goes_on_with_the_next(string json, string next)
    {
        foreach (var chunk in new[] { 2, int.MaxValue })
        {
            var units = ReadAll(json, chunk, maxBytes: 12);

            Assert.Equal([(true, ""), (false, next)], units.Select(u => (u.TooLong, u.Text)));
            Assert.Equal(2L, units[1].Line);
        }
    }

    [Fact]
    public void Skips_a_byte_order_mark_and_makes_a_stray_byte_a_unit_of_its_own()
    {
        var units = ReadAll("\uFEFF[{\"a\": 1} x {\"b\": 2}]");

        Assert.Equal(["{\"a\": 1}", "x", "{\"b\": 2}"], units.Select(u => u.Text));
    }

    private static List<Unit> ReadAll(
        string json, int chunk = int.MaxValue, bool seekable = true, long offset = 0, long line = 1, int maxBytes = JsonUnits.MaxUnitBytes)
    {
        using var units = JsonUnits.Open(new TrickleStream(Encoding.UTF8.GetBytes(json), chunk, seekable), offset, line, maxBytes);
        var result = new List<Unit>();
        while (units.TryRead(out var unit))
        {
            result.Add(new Unit(Encoding.UTF8.GetString(unit.Span), units.LineNumber, units.NextOffset, units.NextLine, units.TooLong, units.Unterminated));
        }

        return result;
    }

    private sealed record Unit(string Text, long Line, long EndOffset, long EndLine, bool TooLong, bool Unterminated);
}
