using Markdig;
using NetworkGraph.Core.Reporting;

namespace NetworkGraph.Core.Tests.Reporting;

public sealed class ReportTextTests
{
    private const string Alphabet = "<>&\"'`*_{}[]()#+-.!|~\\:/=@;%$^ \t\r\naz09é😀\u0000\u0008\uFFFE\uD800";

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a\"b'c&d", "a&quot;b&#39;c&amp;d")]
    [InlineData(null, "")]
    public void Html_escaping_replaces_markup_and_drops_what_xml_cannot_carry(string? input, string expected)
    {
        Assert.Equal(expected, HtmlText.Escape(input));
    }

    [Fact]
    public void Html_escaping_drops_control_characters_and_replaces_lone_surrogates()
    {
        Assert.Equal("bell and lone \uFFFD surrogate", HtmlText.Escape("bell\u0007 and lone \uD800 surrogate"));
    }

    [Fact]
    public void Html_escaped_random_text_parses_back_to_itself_in_content_and_attributes()
    {
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var text = RandomText(random);
            var doc = HtmlTestHelpers.Parse($"<p title=\"{HtmlText.Escape(text)}\">{HtmlText.Escape(text)}</p>");
            var p = doc.QuerySelector("p")!;
            var expected = Clean(text);

            Assert.Empty(p.Children);
            Assert.Equal(expected.ReplaceLineEndings("\n"), p.TextContent);
            Assert.Equal(expected.ReplaceLineEndings("\n"), p.GetAttribute("title")!.ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public void Markdown_escaped_random_text_renders_as_one_plain_paragraph_of_the_same_text()
    {
        var random = new Random(13);
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        for (var i = 0; i < 300; i++)
        {
            var text = RandomText(random);
            var escaped = MarkdownText.Escape(text);
            var doc = HtmlTestHelpers.Parse(Markdown.ToHtml("x " + escaped + " x", pipeline));
            var p = Assert.Single(doc.Body!.Children);

            Assert.Equal("p", p.LocalName);
            Assert.Empty(p.Children);
            Assert.Equal("x " + Clean(text).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ') + " x", p.TextContent);
        }
    }

    [Fact]
    public void Cutting_text_never_splits_a_surrogate_pair()
    {
        Assert.Equal("ab\u2026", ReportFormat.Cut("ab😀cd", 3));
        Assert.Equal("abc\u2026", ReportFormat.Cut("abcdef", 4));
        Assert.Equal("abc", ReportFormat.Cut("abc", 3));
    }

    private static string RandomText(Random random)
    {
        var length = random.Next(0, 40);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    // What the escapers keep: XML-legal characters, a lone surrogate as U+FFFD.
    private static string Clean(string text) => NetworkGraph.Core.Export.TextSanitizer.Clean(text);
}
