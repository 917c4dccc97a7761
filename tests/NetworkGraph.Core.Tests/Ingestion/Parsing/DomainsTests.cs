using System.Text;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Tests.Ingestion.Parsing;

public sealed class DomainsTests
{
    [Theory]
    [InlineData("https://www.Example.com/news?id=1", "example.com")]
    [InlineData("http://user:pw@news.example.org:8080/a", "news.example.org")]
    [InlineData("example.net/path", "example.net")]
    [InlineData("https://[::1]:80/x", "[::1]")]
    [InlineData("HTTPS://WWW.BIG.AZ.", "big.az")]
    public void Extracts_the_lower_cased_host_without_www(string url, string expected)
    {
        Span<byte> buffer = stackalloc byte[256];
        var length = Domains.Extract(Encoding.UTF8.GetBytes(url), buffer);

        Assert.Equal(expected, Encoding.UTF8.GetString(buffer[..length]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("https:///path")]
    [InlineData("not a url")]
    [InlineData("https://t")]
    [InlineData("https://www")]
    [InlineData("https://t.\u2026")]
    [InlineData("https://\u2026")]
    public void Gives_nothing_when_there_is_no_host_or_a_cut_one(string url) =>
        Assert.Equal(0, Domains.Extract(Encoding.UTF8.GetBytes(url), new byte[256]));
}
