using System.Text;

namespace NetworkGraph.Core.Tests.Coordination.Support;

/// <summary>A seeded generator of copy-paste families: a base post and variants with small edits (emoji added,
/// hashtag order changed, punctuation and case changed, truncation, @-target changed, one or two at a time).
/// Bases of different families are unrelated texts drawn from a Zipf vocabulary of pseudo-words.</summary>
/// <remarks>Shared with the benchmark project (linked source), which measures recall at a larger scale.</remarks>
internal sealed class CopyPasteCorpus
{
    private static readonly string[] Onsets = ["b", "c", "ç", "d", "f", "g", "ğ", "h", "k", "l", "m", "n", "p", "r", "s", "ş", "t", "v", "y", "z", "br", "st", "tr", "kr"];
    private static readonly string[] Vowels = ["a", "e", "ə", "i", "ı", "o", "ö", "u", "ü"];
    private static readonly string[] Emoji = ["🇦🇿", "❤️", "👍🏽", "🔥", "🙏", "✅", "💪", "👇", "🕊️", "‼️"];
    private static readonly string[] Edits = ["emoji", "hashtag-order", "punctuation", "truncation", "mention"];
    private readonly Random _random;
    private readonly string[] _words;
    private readonly double[] _cumulative;

    private CopyPasteCorpus(int seed)
    {
        _random = new Random(seed);
        _words = Enumerable.Range(0, 30_000).Select(_ => Word()).ToArray();
        _cumulative = new double[_words.Length];
        var sum = 0.0;
        for (var i = 0; i < _words.Length; i++)
        {
            sum += 1.0 / (i + 1);
            _cumulative[i] = sum;
        }
    }

    public List<string> Texts { get; } = [];

    /// <summary>The family of each text.</summary>
    public List<int> Family { get; } = [];

    /// <summary>Whether each text is its family's base.</summary>
    public List<bool> IsBase { get; } = [];

    /// <summary>The edits applied to each text ("" for a base).</summary>
    public List<string> EditsOf { get; } = [];

    public static CopyPasteCorpus Generate(int families, int variantsPerFamily, int seed)
    {
        var corpus = new CopyPasteCorpus(seed);
        for (var family = 0; family < families; family++)
        {
            var post = corpus.NewFamily();
            corpus.Add(family, corpus.BaseText(post), isBase: true, "");
            for (var v = 0; v < variantsPerFamily; v++)
            {
                var (text, edits) = corpus.Variant(post);
                corpus.Add(family, text, isBase: false, edits);
            }
        }

        return corpus;
    }

    /// <summary>A generator that produces texts on demand (nothing is kept).</summary>
    public static CopyPasteCorpus Streaming(int seed) => new(seed);

    /// <summary>Starts a family: its body and hashtags.</summary>
    public CopyPasteFamily NewFamily()
    {
        var (body, hashtags) = BasePost();
        return new CopyPasteFamily(body, hashtags);
    }

    /// <summary>The family's base post, with a fresh mention and link.</summary>
    public string BaseText(CopyPasteFamily family) => Compose(family.Body, family.Hashtags, Mention(), url: true);

    /// <summary>A random post text unrelated to any family (for organic traffic).</summary>
    public string Unrelated()
    {
        var (body, hashtags) = BasePost();
        return Compose(body, hashtags, _random.Next(3) == 0 ? Mention() : null, url: _random.Next(2) == 0);
    }

    /// <summary>An edited copy of the family's post (one or two edits) and the names of the edits.</summary>
    public (string Text, string Edits) Variant(CopyPasteFamily family)
    {
        var count = 1 + _random.Next(2);
        var chosen = Edits.OrderBy(_ => _random.Next()).Take(count).ToList();
        var tags = new List<string>(family.Hashtags);
        var mention = Mention();
        var text = family.Body;
        if (chosen.Contains("hashtag-order") && tags.Count > 1)
        {
            tags.Reverse();
        }

        if (chosen.Contains("punctuation"))
        {
            text = text.Replace(",", "", StringComparison.Ordinal).Replace(".", "!!", StringComparison.Ordinal);
            text = char.ToUpperInvariant(text[0]) + text[1..].Replace(" ", _random.Next(2) == 0 ? "  " : " - ", StringComparison.Ordinal);
        }

        if (chosen.Contains("mention"))
        {
            mention = Mention();
        }

        var composed = Compose(text, tags, mention, url: true);
        if (chosen.Contains("truncation"))
        {
            var cut = (int)(composed.Length * (0.65 + (0.3 * _random.NextDouble())));
            var space = composed.LastIndexOf(' ', cut);
            composed = composed[..(space > 0 ? space : cut)] + "…";
        }

        if (chosen.Contains("emoji"))
        {
            composed = composed + " " + Emoji[_random.Next(Emoji.Length)] + Emoji[_random.Next(Emoji.Length)];
            composed = Emoji[_random.Next(Emoji.Length)] + " " + composed;
        }

        return (composed, string.Join('+', chosen));
    }

    private void Add(int family, string text, bool isBase, string edits)
    {
        Texts.Add(text);
        Family.Add(family);
        IsBase.Add(isBase);
        EditsOf.Add(edits);
    }

    private (string Body, List<string> Hashtags) BasePost()
    {
        var length = 12 + _random.Next(17);
        var body = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            body.Append(i == 0 ? string.Empty : " ").Append(ZipfWord());
            if (i > 0 && i < length - 1 && _random.Next(8) == 0)
            {
                body.Append(',');
            }
        }

        body.Append('.');
        var hashtags = Enumerable.Range(0, _random.Next(4)).Select(_ => "#" + ZipfWord()).ToList();
        return (body.ToString(), hashtags);
    }

    private string Compose(string body, List<string> hashtags, string? mention, bool url)
    {
        var text = new StringBuilder();
        if (mention is not null)
        {
            text.Append(mention).Append(' ');
        }

        text.Append(body);
        foreach (var tag in hashtags)
        {
            text.Append(' ').Append(tag);
        }

        if (url)
        {
            text.Append(" https://t.co/").Append(_random.Next().ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private string Mention() => "@user_" + _random.Next(100_000);

    private string ZipfWord()
    {
        var target = _random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _words[index < 0 ? ~index : index];
    }

    private string Word()
    {
        var syllables = 1 + _random.Next(4);
        var word = new StringBuilder();
        for (var s = 0; s < syllables; s++)
        {
            word.Append(Onsets[_random.Next(Onsets.Length)]).Append(Vowels[_random.Next(Vowels.Length)]);
        }

        return word.ToString();
    }
}

/// <summary>The shared part of a copy-paste family.</summary>
internal sealed record CopyPasteFamily(string Body, List<string> Hashtags);
