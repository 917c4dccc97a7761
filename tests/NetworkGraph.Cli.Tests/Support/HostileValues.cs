using System.Text;

namespace NetworkGraph.Cli.Tests.Support;

/// <summary>The catalogue of values an adversary or a broken export puts in a field (issue 14, item 2).</summary>
internal static class HostileValues
{
    /// <summary>Every value of the catalogue but the few-megabyte ones, which <see cref="Huge"/> gives.</summary>
    public static readonly IReadOnlyList<string> Small =
    [
        "",
        " ",
        "\0",
        "nul\0inside",
        "noncharacter \uFFFE here",
        "\uFFFF",
        "lone high \uD800 surrogate",
        "\uDC00 lone low",
        "\u202Ebidi override\u202C and \u2067isolate\u2069",
        "zero\u200Bwidth\u200Djoiner\uFEFFbom",
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
        "]]></node><!-- &amp; &bogus; \"quoted\" 'single'",
        "=HYPERLINK(\"http://evil.example\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1)",
        "'; DROP TABLE posts; --",
        "MATCH (n) DETACH DELETE n //",
        "line\nbreak\r\nand\ttab",
        "http://\u00E9-.com/x",
        "https://xn--\u00F1.com/page",
        "http://example.com/%E0%A4%A/%zz?q=%%%",
        "javascript:alert(document.cookie)",
        "javascript://%0aalert(1)",
        "http://[::1/x",
        "0001-01-01 00:00:00",
        "9999-12-31 23:59:59",
        "0001-01-01T00:00:00.000Z",
        "9999-12-31T23:59:59.999Z",
        "2024-02-30 10:00",
        "not a date",
        "-1",
        "-9223372036854775808",
        "99999999999999999999999",
        "1e308",
        "NaN",
        "[]",
        "['#a', None, 5]",
        "{\"text\": {\"nested\": true}}",
    ];

    /// <summary>A value of a few megabytes: a text, a URL or a list of thousands of hashtags.</summary>
    public static string Huge(Random random) => random.Next(3) switch
    {
        0 => string.Concat(Enumerable.Repeat("five megabytes of one post ", 5_000_000 / 27)),
        1 => "https://example.com/" + new string('a', 2_000_000) + "?utm_source=" + new string('%', 1000),
        _ => HashtagList(5000),
    };

    /// <summary>A Python-style list of <paramref name="count"/> hashtags, as the archive's hashtags column holds them.</summary>
    public static string HashtagList(int count)
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            sb.Append(i == 0 ? "'" : ", '").Append("tag").Append(i).Append('\'');
        }

        return sb.Append(']').ToString();
    }
}
