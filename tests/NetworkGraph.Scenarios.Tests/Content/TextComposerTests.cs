using System.Text;
using NetworkGraph.Scenarios.Content;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Tests.Content;

public sealed class TextComposerTests
{
    [Theory]
    [InlineData("Fr")]
    [InlineData("Az")]
    [InlineData("Ar")]
    public void Everyday_texts_are_reproducible_from_their_seed_and_rarely_repeat(string language)
    {
        var lang = Enum.Parse<Lang>(language);
        var texts = Enumerable.Range(0, 5000).Select(i => Compose(lang, (ulong)i)).ToList();
        Assert.Equal(texts[17], Compose(lang, 17));
        Assert.True(texts.Distinct().Count() > 4800, $"{texts.Distinct().Count()} distinct texts of 5000");
    }

    [Fact]
    public void Every_lexicon_has_the_language_it_is_listed_under()
    {
        foreach (var lang in Enum.GetValues<Lang>())
        {
            Assert.Equal(lang, Lexicons.For(lang).Lang);
        }
    }

    private static string Compose(Lang lang, ulong seed)
    {
        var tb = new TextBuilder();
        OrganicComposer.Compose(tb, Lexicons.For(lang), new Rng(seed), new NoMentions());
        return Encoding.UTF8.GetString(tb.Text);
    }

    private sealed class NoMentions : IMentionSource
    {
        public void MentionRandom(TextBuilder tb, Rng rng)
        {
        }
    }
}
