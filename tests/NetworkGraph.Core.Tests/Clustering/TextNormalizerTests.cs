using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("RT @Some_One: Bakı   gözəldir!", "baki gozeldir!")]
    [InlineData("  rt @x Hello", "hello")]
    [InlineData("Read this:https://t.co/abc now", "read this: now")]
    [InlineData("WWW.example.com/path is great", "is great")]
    [InlineData("thanks @alice, @bob_2!", "thanks , !")]
    [InlineData("mail me at a@b", "mail me at a")]
    [InlineData("Line\none\ttwo", "line one two")]
    [InlineData("", "")]
    public void Strips_prefix_urls_mentions_case_accents_and_extra_space(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("https://www.Example.com/a?b=1", "example.com")]
    [InlineData("http://user:pw@news.example:8080/x", "news.example")]
    [InlineData("example.org/path", "example.org")]
    [InlineData("https://", null)]
    [InlineData("https://t", null)]
    [InlineData("https://www", null)]
    [InlineData("https://t.\u2026", null)]
    [InlineData("https://t\u2026/abc", null)]
    public void Finds_the_domain_of_a_url(string url, string? expected)
    {
        Assert.Equal(expected, TopObjects.Domain(url));
    }

    [Fact]
    public void Labels_are_one_line_and_bounded()
    {
        Assert.Equal("a b c", TextNormalizer.Label(" a\n b\t\tc "));
        Assert.Equal(10, TextNormalizer.Label(new string('x', 50), 10).Length);
    }
}
