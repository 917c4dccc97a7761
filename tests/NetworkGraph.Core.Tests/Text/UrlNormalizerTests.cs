using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Tests.Text;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("https://www.Example.com/News/Item/?utm_source=x&id=7&fbclid=abc#top", "example.com/News/Item?id=7")]
    [InlineData("http://example.com/News/Item?id=7", "example.com/News/Item?id=7")]
    [InlineData("example.com/", "example.com")]
    [InlineData("https://example.com:8443/a", "example.com:8443/a")]
    public void Matches_the_same_link_written_differently(string url, string expected)
    {
        Assert.Equal(expected, UrlNormalizer.Normalize(url));
    }

    [Fact]
    public void Extracts_the_lower_case_domain_without_www()
    {
        Assert.Equal("news.az", UrlNormalizer.Domain("https://WWW.News.az/article/1"));
        Assert.Equal("sub.news.az", UrlNormalizer.Domain("sub.news.az/x"));
    }

    [Fact]
    public void Returns_null_for_blank_input_and_keeps_unparsable_text_lower_cased()
    {
        Assert.Null(UrlNormalizer.Normalize("  "));
        Assert.Null(UrlNormalizer.Domain(null));
        Assert.Equal("not a url", UrlNormalizer.Normalize("Not A URL"));
    }
}
