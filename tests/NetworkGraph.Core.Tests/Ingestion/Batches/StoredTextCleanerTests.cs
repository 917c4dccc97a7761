using System.Text;
using NetworkGraph.Core.Ingestion.Batches;

namespace NetworkGraph.Core.Tests.Ingestion.Batches;

public sealed class StoredTextCleanerTests
{
    [Theory]
    [InlineData("plain text 🇦🇿 ✌️", "plain text 🇦🇿 ✌️")]
    [InlineData("a\u0000b\u0000", "ab")]
    [InlineData("x\uFFFEy\uFFFF", "x\uFFFDy\uFFFD")]
    [InlineData("\uFDD0\uFDEF\uFDF0", "\uFFFD\uFFFD\uFDF0")]
    [InlineData("keep \u202E bidi \u200B zero-width \uFEFF", "keep \u202E bidi \u200B zero-width \uFEFF")]
    public void Removes_nul_and_replaces_noncharacters_in_place(string input, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(input);

        var length = StoredTextCleaner.InPlace(bytes);

        Assert.Equal(expected, Encoding.UTF8.GetString(bytes, 0, length));
    }
}
