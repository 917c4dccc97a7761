using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Tests.Text;

public sealed class PlainUrlTests
{
    private const string SegmentChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@";

    public static TheoryData<char> PlainChars() => [.. SegmentChars];

    [Theory]
    [MemberData(nameof(PlainChars))]
    public void Normalises_a_url_with_any_plain_character_as_uri_does(char c)
    {
        var inside = $"https://www.Example.com/a{c}b/?q{c}=1&utm_source=x&fbclid=y#f{c}";
        Assert.Equal(UrlNormalizer.NormalizeParsed(inside), PlainUrl.TryNormalize(inside));

        // Alone in a segment a dot is a dot segment, which is left to Uri.
        foreach (var url in new[] { $"http://news.example.org/{c}?{c}", $"https://example.com/x/{c}{c}/y?a=b{c}&gclid={c}" })
        {
            Assert.True(PlainUrl.TryNormalize(url) is not { } plain || plain == UrlNormalizer.NormalizeParsed(url), url);
        }
    }

    [Theory]
    [InlineData("https://www.Example.COM/News/Item/?utm_source=x&id=7&fbclid=abc#top", "example.com/News/Item?id=7")]
    [InlineData("http://example.com", "example.com")]
    [InlineData("http://example.com/", "example.com")]
    [InlineData("http://example.com?", "example.com")]
    [InlineData("http://example.com?utm_medium=a", "example.com")]
    [InlineData("http://example.com#x", "example.com")]
    [InlineData("https://t.co/AbC123", "t.co/AbC123")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share", "youtube.com/watch?v=dQw4w9WgXcQ&feature=share")]
    [InlineData("https://a-b.c-d.example/x?&&a=1&&", "a-b.c-d.example/x?a=1")]
    public void Normalises_plain_urls_as_uri_does(string url, string expected)
    {
        Assert.Equal(expected, PlainUrl.TryNormalize(url));
        Assert.Equal(expected, UrlNormalizer.NormalizeParsed(url));
    }

    [Theory]
    [InlineData("HTTPS://example.com/x")]
    [InlineData("ftp://example.com/x")]
    [InlineData("example.com/x")]
    [InlineData(" https://example.com/x")]
    [InlineData("https://example.com/x ")]
    [InlineData("https://example.com:8443/x")]
    [InlineData("https://user@example.com/x")]
    [InlineData("https://192.168.0.1/x")]
    [InlineData("https://example.123/x")]
    [InlineData("https://[::1]/x")]
    [InlineData("https://xn--bcher-kva.example/x")]
    [InlineData("https://b\u00FCcher.example/x")]
    [InlineData("https://example.com./x")]
    [InlineData("https://.example.com/x")]
    [InlineData("https://-a.example.com/x")]
    [InlineData("https://a-.example.com/x")]
    [InlineData("https://example.com/a%20b")]
    [InlineData("https://example.com/a b")]
    [InlineData("https://example.com/a/../b")]
    [InlineData("https://example.com/a/./b")]
    [InlineData("https://example.com/a//b")]
    [InlineData("https://example.com/a\\b")]
    [InlineData("https://example.com/x?q=a%26b")]
    [InlineData("https://example.com/x?q=\u00E9")]
    [InlineData("https://example.com/x#a b")]
    [InlineData("https://t.\u2026")]
    [InlineData("https://t.c")]
    [InlineData("https://localhost/x")]
    public void Leaves_every_other_url_to_uri(string url)
    {
        Assert.Null(PlainUrl.TryNormalize(url));
    }

    [Fact]
    public void Agrees_with_uri_on_generated_urls()
    {
        var random = new Random(20261207);
        const string Pieces = "abcXYZ019-._~!$&'()*+,;=:@/?#%é ";
        var plain = 0;
        for (var n = 0; n < 5000; n++)
        {
            var host = random.Next(4) switch
            {
                0 => "www.Example.com",
                1 => "sub" + random.Next(100) + ".news.az",
                2 => "t.co",
                _ => "a-" + random.Next(10) + ".org",
            };
            var tail = new char[random.Next(0, 24)];
            for (var i = 0; i < tail.Length; i++)
            {
                tail[i] = Pieces[random.Next(Pieces.Length)];
            }

            var url = (random.Next(2) == 0 ? "https://" : "http://") + host + "/" + new string(tail);
            if (PlainUrl.TryNormalize(url) is { } normalized)
            {
                plain++;
                Assert.Equal(UrlNormalizer.NormalizeParsed(url), normalized);
            }
        }

        // Most of them reach the comparison (the rest hold an escape, a space, a non-ASCII letter or a dot segment).
        Assert.InRange(plain, 1000, 5000);
    }
}
