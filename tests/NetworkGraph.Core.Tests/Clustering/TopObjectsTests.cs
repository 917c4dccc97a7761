using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class TopObjectsTests
{
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
}
