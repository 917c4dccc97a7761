using System.Text;
using NetworkGraph.Core.Ingestion.Json;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

public sealed class JsonTextTests
{
    [Theory]
    [InlineData(@"plain", "plain")]
    [InlineData(@"a\""b\\c\/d\n\t", "a\"b\\c/d\n\t")]
    [InlineData(@"\u00e9\u0259 \ud83c\udde6\ud83c\uddff", "éə 🇦🇿")]
    [InlineData(@"cut emoji \ud83c", "cut emoji \uFFFD")]
    [InlineData(@"\udde6 lone low, then \ud83c\u0041", "\uFFFD lone low, then \uFFFDA")]
    public void Decodes_escapes_and_turns_a_lone_surrogate_into_a_replacement_character(string content, string expected) =>
        Assert.Equal(expected, Encoding.UTF8.GetString(JsonText.Unescape(Encoding.UTF8.GetBytes(content))));

    [Fact]
    public void Compacts_a_value_without_touching_its_strings()
    {
        var raw = "{\n  \"a\" : [ 1, 2 ],\n  \"b\": \"x  y \\\" }\"\n}";

        Assert.Equal("{\"a\":[1,2],\"b\":\"x  y \\\" }\"}", JsonText.Compact(Encoding.UTF8.GetBytes(raw)));
    }
}
