using NetworkGraph.Core.Clustering.Profiles;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class TermMatcherTests
{
    private static TermMatcher Azerbaijan() => new(new TermSet
    {
        Id = "AZ",
        Label = "an Azerbaijani location",
        Terms = ["Bakı", "Azərbaycan", "Баку", "🇦🇿"],
        CaseSensitiveTerms = ["YAP"],
    });

    [Theory]
    [InlineData("BAKI", "Bakı")]
    [InlineData("baki, azerbaijan", "Bakı")]
    [InlineData("Azerbaycan Respublikası", "Azərbaycan")]
    [InlineData("AZƏRBAYCAN", "Azərbaycan")]
    [InlineData("г. Баку", "Баку")]
    [InlineData("home 🇦🇿", "🇦🇿")]
    [InlineData("Üzv: YAP", "YAP")]
    public void Matches_ignoring_case_and_accents(string text, string expectedTerm)
    {
        Assert.Contains(expectedTerm, Azerbaijan().Match(text));
    }

    [Theory]
    [InlineData("Bakılı Kafe")]
    [InlineData("Kazərbaycanlar")]
    [InlineData("yap bunu")]
    [InlineData("")]
    [InlineData(null)]
    public void Does_not_match_inside_other_words_or_an_acronym_in_lower_case(string? text)
    {
        Assert.Empty(Azerbaijan().Match(text));
    }

    [Fact]
    public void Folds_letters_that_do_not_decompose()
    {
        Assert.Equal("azerbaycan istanbul lodz", TermMatcher.Fold("Azərbaycan İstanbul Łódź", lowerCase: true));
    }
}
