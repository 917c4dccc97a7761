using System.Text;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Tests.Ingestion.Parsing;

public sealed class IdsTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("1234567890123456789", 1234567890123456789)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Uses_canonical_decimal_ids_as_their_own_number(string id, long expected) =>
        Assert.Equal(expected, Ids.CanonicalNumber(Encoding.UTF8.GetBytes(id)));

    [Theory]
    [InlineData("")]
    [InlineData("0123")]
    [InlineData("-5")]
    [InlineData("9223372036854775808")]
    [InlineData("12a")]
    [InlineData("a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1")]
    public void Refuses_ids_whose_text_a_number_would_not_give_back(string id) =>
        Assert.Equal(-1, Ids.CanonicalNumber(Encoding.UTF8.GetBytes(id)));

    [Theory]
    [InlineData("1234567890123456789")]
    [InlineData("c4ca4238a0b923820dcc509a6f75849b")]
    [InlineData("fb_123 tw")]
    [InlineData("Ελλάδα_42")]
    public void Accepts_printable_ids(string id) => Assert.Null(Ids.Problem(Encoding.UTF8.GetBytes(id)));

    [Theory]
    [InlineData("12\u00003", "U+0000")]
    [InlineData("12\u200B3", "U+200B")]
    [InlineData("u\u202E1", "U+202E")]
    [InlineData("u1\uFEFF", "U+FEFF")]
    [InlineData("u\u00851", "U+0085")]
    [InlineData("u\uFFFE", "U+FFFE")]
    [InlineData("u\uFFFD", "U+FFFD")]
    public void Refuses_ids_holding_invisible_or_control_characters(string id, string named) =>
        Assert.Contains(named, Ids.Problem(Encoding.UTF8.GetBytes(id)), StringComparison.Ordinal);

    [Fact]
    public void Refuses_invalid_utf8_and_overlong_ids()
    {
        Assert.Equal("not valid UTF-8", Ids.Problem([0x31, 0xED, 0xA0, 0x80]));
        Assert.Contains("longer than 256", Ids.Problem(Encoding.UTF8.GetBytes(new string('7', 257))), StringComparison.Ordinal);
    }
}
