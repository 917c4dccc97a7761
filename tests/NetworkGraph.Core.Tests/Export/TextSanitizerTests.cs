using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Tests.Export;

public sealed class TextSanitizerTests
{
    [Fact]
    public void Cleans_every_hostile_sample_as_expected()
    {
        foreach (var (raw, clean) in SampleGraphs.HostileTexts)
        {
            Assert.Equal(clean, TextSanitizer.Clean(raw));
        }
    }

    [Fact]
    public void Returns_clean_text_unchanged_and_null_as_empty()
    {
        const string text = "plain @handle <b> & é 😀";

        Assert.Same(text, TextSanitizer.Clean(text));
        Assert.Equal(string.Empty, TextSanitizer.Clean(null));
    }

    [Fact]
    public void Replaces_a_high_surrogate_at_the_very_end()
    {
        Assert.Equal("end\uFFFD", TextSanitizer.Clean("end\uD83D"));
    }

    [Fact]
    public void Replaces_a_reversed_surrogate_pair_with_two_replacements()
    {
        Assert.Equal("\uFFFD\uFFFD", TextSanitizer.Clean("\uDE00\uD83D"));
    }
}
