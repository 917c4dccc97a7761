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

        foreach (var url in new[] { $"http://news.example.org/{c}?{c}", $"https://example.com/x/{c}{c}/y?a=b{c}&gclid={c}" })
        {
            if (c == '.')
            {
                // Alone in a segment, dots make a dot segment, which Uri resolves: left to it.
                Assert.Null(PlainUrl.TryNormalize(url));
            }
            else
            {
                Assert.Equal(UrlNormalizer.NormalizeParsed(url), PlainUrl.TryNormalize(url));
            }
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

    // Some of these Uri would keep as they are (a//b, a-.example.com): they are declined by rule, not because they differ.
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
        const string HostPieces = "abcXYZ0189-";
        var plain = 0;
        for (var n = 0; n < 5000; n++)
        {
            var labels = new string[random.Next(1, 5)];
            for (var l = 0; l < labels.Length; l++)
            {
                var label = new char[random.Next(1, 66)];
                for (var i = 0; i < label.Length; i++)
                {
                    label[i] = HostPieces[random.Next(HostPieces.Length)];
                }

                labels[l] = new string(label);
            }

            // A letters-only last label as most hosts have, or one as random as the rest.
            labels[^1] = random.Next(3) > 0 ? new[] { "com", "AZ", "org", "Fr", "a" }[random.Next(5)] : labels[^1];
            var host = (random.Next(3) == 0 ? "www." : string.Empty) + string.Join('.', labels);
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

        // Many of them reach the comparison (the rest hold an escape, a space, a non-ASCII letter, a dot segment, or a
        // host label that is too long, starts or ends with a hyphen, or is the last and not letters).
        Assert.InRange(plain, 500, 5000);
    }
}
