using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using CsvHelper;

namespace NetworkGraph.Scenarios.Tests.Support;

/// <summary>
/// Reads the Twitter information-operations archive files and rejects anything outside the column specification:
/// header names and order, ids (64-hex hashes or numbers), timestamps, Python-repr lists, True/False flags, counts
/// (integers or floats like 0.0), 'absent' coordinates, and RFC 4180 quoting with multi-line fields.
/// </summary>
internal static partial class StrictArchiveReader
{
    public static readonly string[] TweetColumns =
    [
        "tweetid", "userid", "user_display_name", "user_screen_name", "user_reported_location", "user_profile_description",
        "user_profile_url", "follower_count", "following_count", "account_creation_date", "account_language", "tweet_language",
        "tweet_text", "tweet_time", "tweet_client_name", "in_reply_to_userid", "in_reply_to_tweetid", "quoted_tweet_tweetid",
        "is_retweet", "retweet_userid", "retweet_tweetid", "latitude", "longitude", "quote_count", "reply_count", "like_count",
        "retweet_count", "hashtags", "urls", "user_mentions", "poll_choices",
    ];

    public static readonly string[] UserColumns = TweetColumns[1..11];

    public static List<ArchiveUser> ReadUsers(string path)
    {
        var users = new List<ArchiveUser>();
        using var csv = Open(path, UserColumns);
        while (csv.Read())
        {
            var row = new Row(csv, path, UserColumns);
            users.Add(Profile(row, 0));
        }

        return users;
    }

    /// <summary>Reads every tweet; when users are given, each row's profile columns must match its user's row.</summary>
    public static List<ArchiveTweet> ReadTweets(string path, IReadOnlyDictionary<string, ArchiveUser>? users = null)
    {
        var tweets = new List<ArchiveTweet>();
        using var csv = Open(path, TweetColumns);
        while (csv.Read())
        {
            var row = new Row(csv, path, TweetColumns);
            var profile = Profile(row, 1);
            if (users is not null && (!users.TryGetValue(profile.UserId, out var user) || user != profile))
            {
                row.Fail(1, "the profile columns do not match the users file");
            }

            var isRetweet = row.Text(18) switch
            {
                "True" => true,
                "False" => false,
                _ => row.Fail<bool>(18, "must be True or False"),
            };
            var retweetUser = row.OptionalId(19);
            var retweetId = row.OptionalNumber(20);
            if (isRetweet != (retweetUser.Length > 0) || isRetweet != (retweetId.Length > 0))
            {
                row.Fail(18, "retweet_userid and retweet_tweetid must be set exactly on retweets");
            }

            var replyUser = row.OptionalId(15);
            var replyTweet = row.OptionalNumber(16);
            if ((replyUser.Length > 0) != (replyTweet.Length > 0))
            {
                row.Fail(15, "in_reply_to_userid and in_reply_to_tweetid go together");
            }

            var text = row.Text(12);
            if (text.Length == 0)
            {
                row.Fail(12, "tweet_text is empty");
            }

            row.Coordinate(21);
            row.Coordinate(22);
            for (var c = 23; c <= 26; c++)
            {
                row.Count(c);
            }

            tweets.Add(new ArchiveTweet(
                row.Line,
                row.Number(0),
                profile.UserId,
                row.Language(11),
                text,
                row.Time(13),
                row.NonEmpty(14),
                replyUser,
                replyTweet,
                row.OptionalNumber(17),
                isRetweet,
                retweetUser,
                retweetId,
                row.List(27),
                row.List(28),
                row.List(29)));
        }

        return tweets;
    }

    private static ArchiveUser Profile(Row row, int first)
    {
        var id = row.Id(first);
        var display = row.Text(first + 1);
        var screen = row.Text(first + 2);
        var followers = row.Count(first + 6);
        var hashed = HashPattern().IsMatch(id);
        if (hashed && (display != id || screen != id))
        {
            row.Fail(first + 1, "a hashed account must have its display name and screen name hashed too");
        }

        if (hashed != (followers < 5000))
        {
            row.Fail(first, "accounts under 5,000 followers are hashed, the others are not");
        }

        if (!hashed && !HandlePattern().IsMatch(screen))
        {
            row.Fail(first + 2, "not a valid handle");
        }

        var url = row.Text(first + 5);
        if (url.Length > 0 && !url.StartsWith("https://", StringComparison.Ordinal) && !url.StartsWith("http://", StringComparison.Ordinal))
        {
            row.Fail(first + 5, "user_profile_url must be empty or a URL");
        }

        return new ArchiveUser(id, display, screen, row.Text(first + 3), row.Text(first + 4), url, followers,
            row.Count(first + 7), row.Date(first + 8), row.Language(first + 9));
    }

    private static CsvReader Open(string path, string[] expected)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            TrackLineNumbers = true,
            TrimWhitespace = false,
            SkipEmptyLines = false,
        };
        var csv = CsvReader.Create(stream, options, leaveOpen: false);
        var headers = csv.Headers.ToArray();
        if (!headers.SequenceEqual(expected))
        {
            csv.Dispose();
            throw new ArchiveFormatException(path, 1, "header", $"expected [{string.Join(',', expected)}], got [{string.Join(',', headers)}]");
        }

        return csv;
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HashPattern();

    [GeneratedRegex("^[A-Za-z0-9_]{1,15}$")]
    private static partial Regex HandlePattern();

    [GeneratedRegex("^[1-9][0-9]{0,19}$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[0-9]+(\\.0)?$")]
    private static partial Regex CountPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[a-z]+)?$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^-?[0-9]{1,3}\\.[0-9]+$")]
    private static partial Regex CoordinatePattern();

    private readonly ref struct Row(CsvReader csv, string path, string[] columns)
    {
        public long Line { get; } = csv.LineNumber;

        public string Text(int c) => csv.GetString(c) ?? "";

        public string NonEmpty(int c)
        {
            var value = Text(c);
            return value.Length > 0 ? value : Fail<string>(c, "must not be empty");
        }

        public string Id(int c)
        {
            var value = Text(c);
            return HashPattern().IsMatch(value) || NumberPattern().IsMatch(value) ? value : Fail<string>(c, $"not a 64-hex or numeric id: '{value}'");
        }

        public string OptionalId(int c) => Text(c).Length == 0 ? "" : Id(c);

        public string Number(int c)
        {
            var value = Text(c);
            return NumberPattern().IsMatch(value) ? value : Fail<string>(c, $"not a numeric id: '{value}'");
        }

        public string OptionalNumber(int c) => Text(c).Length == 0 ? "" : Number(c);

        public long Count(int c)
        {
            var value = Text(c);
            return CountPattern().IsMatch(value)
                ? long.Parse(value.EndsWith(".0", StringComparison.Ordinal) ? value[..^2] : value, CultureInfo.InvariantCulture)
                : Fail<long>(c, $"not a count: '{value}'");
        }

        public string Language(int c)
        {
            var value = Text(c);
            return LanguagePattern().IsMatch(value) ? value : Fail<string>(c, $"not a language code: '{value}'");
        }

        public DateOnly Date(int c) =>
            DateOnly.TryParseExact(Text(c), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : Fail<DateOnly>(c, $"not a YYYY-MM-DD date: '{Text(c)}'");

        public DateTime Time(int c) =>
            DateTime.TryParseExact(Text(c), "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
                ? t
                : Fail<DateTime>(c, $"not a YYYY-MM-DD HH:MM time: '{Text(c)}'");

        public void Coordinate(int c)
        {
            var value = Text(c);
            if (value != "absent" && !CoordinatePattern().IsMatch(value))
            {
                Fail(c, $"not a coordinate or 'absent': '{value}'");
            }
        }

        public List<string> List(int c)
        {
            try
            {
                return PythonListParser.Parse(Text(c));
            }
            catch (FormatException ex)
            {
                return Fail<List<string>>(c, ex.Message);
            }
        }

        public void Fail(int c, string problem) => throw new ArchiveFormatException(path, Line, columns[c], problem);

        public T Fail<T>(int c, string problem) => throw new ArchiveFormatException(path, Line, columns[c], problem);
    }
}
