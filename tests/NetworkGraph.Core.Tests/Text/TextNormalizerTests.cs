using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("RT @Baku_News: Hello World", "hello world")]
    [InlineData("RT @a: RT @b: nested retweet", "nested retweet")]
    [InlineData("  rt @someone:   spaced", "spaced")]
    [InlineData("Art @gallery opens", "art opens")]
    public void Strips_a_leading_retweet_prefix_but_not_words_starting_with_rt(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Removes_urls_and_mentions_wherever_they_are()
    {
        var text = "Read this https://t.co/AbC123 now @minister_1 and www.example.org/x?y=1 ＠AB ok";

        Assert.Equal("read this now and ok", TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Keeps_an_at_sign_inside_a_word_as_a_separator()
    {
        Assert.Equal("mail me at a example org", TextNormalizer.Normalize("Mail me at a@example.org"));
    }

    [Fact]
    public void Lower_cases_and_turns_punctuation_and_whitespace_runs_into_single_spaces()
    {
        Assert.Equal("hello world it s true", TextNormalizer.Normalize("  HELLO,\tWorld!!! It's...\n\ntrue?  "));
    }

    [Fact]
    public void Keeps_the_word_of_a_hashtag()
    {
        Assert.Equal("support baku summit", TextNormalizer.Normalize("Support #Baku #Summit"));
    }

    [Fact]
    public void Removes_emoji_with_skin_tones_joiners_variation_selectors_and_flags()
    {
        var plain = TextNormalizer.Normalize("We stand together for peace");
        var decorated = TextNormalizer.Normalize("We 👍🏽 stand together❤️ for peace 👨‍👩‍👧 🇦🇿 1️⃣");

        Assert.Equal(plain + " 1", decorated);
    }

    [Fact]
    public void Keeps_non_latin_letters_without_their_accents()
    {
        Assert.Equal("susa azerbaycan москва عربي", TextNormalizer.Normalize("ŞUŞA Azərbaycan! Москва, عربي"));
        Assert.Equal("baki gozeldir", TextNormalizer.Normalize("RT @Some_One: Bakı   gözəldir!"));
        Assert.Equal("istanbul ile iskele", TextNormalizer.Normalize("İstanbul İLE ıskele"));
    }

    [Theory]
    [InlineData("CAFE\u0301 creme", "cafe creme")]
    [InlineData("Café crème", "cafe creme")]
    [InlineData("cafe\u0301\u0301 cre\u0300me", "cafe creme")]
    public void Precomposed_and_combining_accents_fold_to_the_same_word(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("Hello WWW world, HTTP wHy www.x.org", "hello www world http why")]
    [InlineData("a＠ b@ c @ d", "a b c d")]
    [InlineData("Wah-wah, HTTPS!", "wah wah https")]
    public void Letters_h_and_w_and_at_signs_that_start_no_url_or_mention_are_ordinary_characters(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("https://t.co/x @someone 🙂 !!!")]
    public void Returns_empty_when_nothing_is_left(string? text)
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void The_span_overload_writes_the_same_text_and_never_more_than_the_input()
    {
        const string text = "RT @x: Ünïcode — ÇA VA? https://a.b #Tag";
        var buffer = new char[text.Length];

        var length = TextNormalizer.Normalize(text, buffer);

        Assert.Equal(TextNormalizer.Normalize(text), new string(buffer, 0, length));
        Assert.Throws<ArgumentException>(() => TextNormalizer.Normalize(text, new char[3]));
    }
}
