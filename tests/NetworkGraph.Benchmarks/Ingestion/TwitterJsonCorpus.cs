using System.Text.Json;

namespace NetworkGraph.Benchmarks.Ingestion;

/// <summary>Seeded, realistic Twitter API JSON for ingestion benchmarks: v2 response pages (100 tweets with
/// includes, context annotations and metrics, as twarc2 stores them) and v1.1 tweet objects (full user objects,
/// embedded retweeted and quoted statuses). Same seed, same bytes.</summary>
/// <remarks>Traffic: 45 % retweets, 10 % quotes, 15 % replies, 30 % originals; referenced posts come from the last
/// 500 originals; texts mix Latin and Azeri script, emoji, quotes and line breaks (escapes); ids are above 2^53;
/// 5 % of mentions carry a handle only.</remarks>
internal sealed partial class TwitterJsonCorpus
{
    private const long FirstTweetId = 1_600_000_000_000_000_000;
    private const long FirstAccountId = 1_000_000_000_000_000_000;
    private const long StartTime = 1_704_067_200; // 2024-01-01T00:00:00Z

    private static readonly string[] Words =
    [
        "Azərbaycan", "Bakı", "Qarabağ", "sülh", "konfrans", "Fransa", "müstəmləkəçilik", "New", "Caledonia", "freedom",
        "colonial", "people", "vote", "the", "and", "of", "for", "🇦🇿", "✊", "\"independence\"", "üçün", "və", "bu",
        "BIG", "initiative", "Kanak", "référendum", "liberté", "peuple", "justice",
    ];

    private static readonly string[] Tags = ["Baku", "COP29", "NewCaledonia", "Kanaky", "FreeCorsica", "BIG", "Azerbaijan"];

    private static readonly string[] Domains = ["bakuinitiative.example", "news.example.az", "youtube.com", "t.me", "www.lemonde.fr"];

    private readonly Random _random;
    private readonly int _accounts;
    private readonly List<Tweet> _originals = [];
    private long _nextId = FirstTweetId;
    private long _time = StartTime;

    public TwitterJsonCorpus(int seed, int accounts = 20_000)
    {
        _random = new Random(seed);
        _accounts = accounts;
    }

    private enum Kind
    {
        Original,
        Retweet,
        Quote,
        Reply,
    }

    private static JsonWriterOptions Compact { get; } = new() { Indented = false, SkipValidation = false };

    private static string AccountId(int account) => (FirstAccountId + (account * 7919L)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Handle(int account) => $"user{account}_{(char)('a' + (account % 26))}";

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The next tweet; a retweet, quote or reply refers to one of the recent originals.</summary>
    private Tweet Next()
    {
        _time += _random.Next(0, 4);
        var roll = _random.Next(100);
        var kind = _originals.Count == 0 || roll < 30 ? Kind.Original : roll < 75 ? Kind.Retweet : roll < 85 ? Kind.Quote : Kind.Reply;
        var referenced = kind == Kind.Original ? null : _originals[_random.Next(_originals.Count)];
        var author = Skewed();
        var mentions = Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Skewed()).ToArray();
        var tweet = new Tweet(
            _nextId += _random.Next(1, 5000),
            author,
            _time,
            kind,
            referenced,
            kind == Kind.Retweet ? $"RT @{Handle(referenced!.Author)}: {referenced.Text}" : Text(),
            mentions,
            Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Tags[_random.Next(Tags.Length)]).ToArray(),
            Enumerable.Range(0, _random.Next(0, 2)).Select(i => $"https://{Domains[_random.Next(Domains.Length)]}/a/{_random.Next(100_000)}?utm_source=x").ToArray(),
            _random.Next(3) switch { 0 => "az", 1 => "fr", _ => "en" });
        if (kind == Kind.Original)
        {
            if (_originals.Count == 500)
            {
                _originals.RemoveAt(_random.Next(500));
            }

            _originals.Add(tweet);
        }

        return tweet;
    }

    /// <summary>A few accounts post a lot (the square skews towards low indexes).</summary>
    private int Skewed()
    {
        var u = _random.NextDouble();
        return (int)(u * u * _accounts);
    }

    private string Text()
    {
        var words = Enumerable.Range(0, _random.Next(8, 40)).Select(_ => Words[_random.Next(Words.Length)]);
        var text = string.Join(' ', words);
        return _random.Next(10) == 0 ? text + "\n\n" + Words[_random.Next(Words.Length)] : text;
    }

    private bool MentionHasId() => _random.Next(20) != 0;

    private sealed record Tweet(
        long Id, int Author, long Time, Kind Kind, Tweet? Referenced, string Text, int[] Mentions, string[] Hashtags, string[] Urls, string Lang);

    private static byte[] Write(Action<Utf8JsonWriter> write, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return buffer.ToArray();
    }
}
