using System.Text;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Tests.Text;

public sealed class UrlHostTests
{
    [Theory]
    [InlineData("https://www.Example.com/news?id=1", "example.com")]
    [InlineData("http://user:pw@news.example.org:8080/a", "news.example.org")]
    [InlineData("example.net/path", "example.net")]
    [InlineData("//cdn.example.net/a.js", "cdn.example.net")]
    [InlineData("  https://news.example/a  ", "news.example")]
    [InlineData("https://[::1]:80/x", "[::1]")]
    [InlineData("HTTPS://WWW.BIG.AZ.", "big.az")]
    [InlineData("https://\u00C9cole.fr/x", "\u00E9cole.fr")]
    public void Domain_is_the_lower_cased_host_without_www_user_or_port(string url, string expected)
    {
        Assert.Equal(expected, UrlHost.Domain(url));
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://")]
    [InlineData("https:///path")]
    [InlineData("not a url")]
    [InlineData("https://t")]
    [InlineData("https://www")]
    [InlineData("https://t.c")]
    [InlineData("https://t.\u2026")]
    [InlineData("https://t\u2026/abc")]
    [InlineData("https://\u2026")]
    public void A_url_without_a_host_or_with_a_cut_one_has_no_domain(string url)
    {
        Assert.Null(UrlHost.Domain(url));
        Assert.Equal(0, UrlHost.Extract(Encoding.UTF8.GetBytes(url), new byte[256]));
    }

    [Theory]
    [InlineData("https://www.Example.com/news?id=1", "example.com")]
    [InlineData("HTTPS://WWW.BIG.AZ.", "big.az")]
    [InlineData("https://\u00C9cole.fr/x", "\u00E9cole.fr")]
    public void Utf8_urls_read_as_their_strings_do(string url, string expected)
    {
        Span<byte> buffer = stackalloc byte[256];
        var length = UrlHost.Extract(Encoding.UTF8.GetBytes(url), buffer);

        Assert.Equal(expected, Encoding.UTF8.GetString(buffer[..length]));
    }

    [Fact]
    public void A_long_url_is_read_and_a_host_longer_than_the_destination_is_refused()
    {
        var longPath = "https://news.example/" + new string('a', 5000);
        var longHost = "https://" + new string('b', 300) + ".example/x";

        Assert.Equal("news.example", Encoding.UTF8.GetString(Extract(longPath)));
        Assert.Empty(Extract(longHost));
    }

    [Fact]
    public void A_host_that_outgrows_the_destination_once_lower_cased_is_refused_not_an_error()
    {
        // U+023A takes 2 bytes in UTF-8 and its lower case U+2C65 takes 3: 255 bytes as written, 381 lower-cased.
        var url = "https://" + new string('\u023A', 126) + ".az/x";

        Assert.Empty(Extract(url));
        Assert.Equal(new string('\u2C65', 126) + ".az", UrlHost.Domain(url));
    }

    private static byte[] Extract(string url)
    {
        var buffer = new byte[256];
        return buffer[..UrlHost.Extract(Encoding.UTF8.GetBytes(url), buffer)];
    }
}
