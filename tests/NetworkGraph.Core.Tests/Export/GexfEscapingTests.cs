using System.Xml.Linq;
using NetworkGraph.Core.Export;
using static NetworkGraph.Core.Tests.Export.XmlTestHelpers;

namespace NetworkGraph.Core.Tests.Export;

public sealed class GexfEscapingTests
{
    [Fact]
    public async Task Hostile_text_still_gives_well_formed_xml_that_reads_back_cleaned()
    {
        var doc = await GexfAsync(SampleGraphs.Hostile());

        var nodes = doc.Descendants(Gexf + "node").ToDictionary(n => Attr(n, "id"));
        for (var i = 0; i < SampleGraphs.HostileTexts.Count; i++)
        {
            var (_, clean) = SampleGraphs.HostileTexts[i];
            var node = nodes[$"h{i}-{clean}"];
            Assert.Equal(clean, Attr(node, "label"));
            var values = node.Descendants(Gexf + "attvalue").ToDictionary(v => Attr(v, "for"), v => Attr(v, "value"));
            Assert.Equal(clean, values["location"]);
            Assert.Equal("c" + clean, values["cluster"]);
        }

        Assert.All(doc.Descendants(Gexf + "edge"), e => Assert.Equal("k<ctlchars>", Attr(e, "kind")));
        Assert.Equal("hostile ]]> <desc>  \uFFFD", (string?)doc.Root!.Element(Gexf + "meta")!.Element(Gexf + "description"));
    }

    [Fact]
    public async Task Escapes_markup_and_keeps_line_breaks_in_attributes_as_character_references()
    {
        var text = Utf8Text(await GexfBytesAsync(SampleGraphs.Hostile()));

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;", text, StringComparison.Ordinal);
        Assert.Contains("quotes&quot;and'apos", text, StringComparison.Ordinal);
        Assert.Contains("line&#xA;break&#xD;&#xA;and&#x9;tab", text, StringComparison.Ordinal);
        Assert.Contains("hostile ]]&gt; &lt;desc&gt;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escapes_quotes_and_backslashes_inside_list_values()
    {
        var node = new ExportNode("n", "n") { Attributes = new Dictionary<string, object?> { ["tags"] = new[] { "a\"b", "c\\d", "e, f" } } };
        var graph = new ExportGraph([node], []) { NodeColumns = [new("tags", ExportValueType.StringList)] };

        var doc = await GexfAsync(graph);

        var value = doc.Descendants(Gexf + "attvalue").Single(v => Attr(v, "for") == "tags");
        Assert.Equal("[\"a\\\"b\", \"c\\\\d\", \"e, f\"]", Attr(value, "value"));
    }

    [Fact]
    public async Task Falls_back_to_the_id_when_the_label_is_empty_after_cleaning()
    {
        var doc = await GexfAsync(new ExportGraph([new ExportNode("n1", "\u0001\u0002")], []));

        Assert.Equal("n1", Attr(doc.Descendants(Gexf + "node").Single(), "label"));
    }

    [Fact]
    public async Task Hostile_text_never_reaches_the_file_raw()
    {
        var bytes = await GexfBytesAsync(SampleGraphs.Hostile());

        Assert.DoesNotContain(bytes, b => b < 0x20 && b is not (byte)'\n' and not (byte)'\t' and not (byte)'\r');
        Assert.DoesNotContain("\uFFFE", Utf8Text(bytes), StringComparison.Ordinal);
        _ = Parse(bytes);
        Assert.True(XDocument.Parse(Utf8Text(bytes)).Root is not null);
    }
}
