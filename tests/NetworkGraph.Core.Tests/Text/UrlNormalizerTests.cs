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

    [Theory]
    [InlineData("https://t.\u2026")]
    [InlineData("https://\u2026")]
    [InlineData("https://t\u2026/abc")]
    [InlineData("https://t")]
    [InlineData("https://t.c")]
    [InlineData("https://news.a/x")]
    [InlineData("https://www")]
    [InlineData("https://www.")]
    [InlineData("https://")]
    public void Takes_a_link_cut_before_its_domain_for_neither_a_link_nor_a_domain(string url)
    {
        Assert.Null(UrlNormalizer.Normalize(url));
        Assert.Null(UrlNormalizer.Domain(url));
    }

    [Theory]
    [InlineData("https://t.co/abc", "t.co")]
    [InlineData("http://[::1]:8080/x", "::1")]
    [InlineData("http://192.168.0.1/x", "192.168.0.1")]
    public void Keeps_short_domains_and_ip_addresses(string url, string domain)
    {
        Assert.Equal(domain, UrlNormalizer.Domain(url));
        Assert.NotNull(UrlNormalizer.Normalize(url));
    }

    [Fact]
    public void Returns_null_for_blank_input_and_keeps_unparsable_text_lower_cased()
    {
        Assert.Null(UrlNormalizer.Normalize("  "));
        Assert.Null(UrlNormalizer.Domain(null));
        Assert.Equal("not a url", UrlNormalizer.Normalize("Not A URL"));
    }

    [Theory]
    [InlineData("http://xn--\u00F1.com/page")]
    [InlineData("https://\u00E9-.example/x")]
    [InlineData("http://\u0300\u00E9.com/x")]
    [InlineData("http://\u00DF\u200D.com/x")]
    [InlineData("http://\u00E9.xn--a/x")]
    [InlineData("http://a\u00ADb\u200B.com/x")]
    [InlineData("http://exa mple.com/x")]
    [InlineData("http://example.com/%E0%A4%A/%zz?q=%%%")]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("javascript://%0aalert(1)")]
    [InlineData("http://\uFFFE\uD800.com/\0")]
    [InlineData("http://[::1/x")]
    [InlineData("http://example.com:99999/x")]
    public void Never_throws_on_urls_that_are_not_valid(string url)
    {
        var normalized = UrlNormalizer.Normalize(url);
        var domain = UrlNormalizer.Domain(url);

        Assert.False(string.IsNullOrEmpty(normalized));
        Assert.True(domain is null || domain.Length > 0);
    }

    [Fact]
    public void Keeps_a_host_that_is_not_valid_idn_as_written_in_lower_case()
    {
        Assert.Equal("\u00E9-.com", UrlNormalizer.Domain("http://\u00C9-.COM/page"));
        Assert.Equal("\u00E9-.com/page", UrlNormalizer.Normalize("http://www.\u00E9-.com/page/"));
    }

    [Fact]
    public void Handles_a_url_of_several_megabytes()
    {
        var huge = "https://example.com/" + new string('a', 5_000_000) + "?utm_source=x&id=" + new string('%', 1000);

        var normalized = UrlNormalizer.Normalize(huge);

        Assert.Contains("example.com/aaa", normalized, StringComparison.Ordinal);
    }
}
