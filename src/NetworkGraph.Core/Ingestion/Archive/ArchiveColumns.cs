using NetworkGraph.Core.Ingestion.Csv;

namespace NetworkGraph.Core.Ingestion.Archive;

/// <summary>Where each known column sits in one archive file (tweets or users); -1 for an absent column.
/// Releases differ in their column sets, so everything is looked up by name.</summary>
internal sealed class ArchiveColumns
{
    private static readonly string[] TweetsRequired = ["tweetid", "userid", "tweet_time"];

    private static readonly string[] TweetOnlyColumns =
        ["tweetid", "tweet_time", "tweet_text", "is_retweet", "retweet_tweetid", "in_reply_to_tweetid", "quoted_tweet_tweetid"];

    public ArchiveColumns(CsvHeader header)
    {
        TweetId = header.IndexOf("tweetid");
        UserId = header.IndexOf("userid");
        DisplayName = header.IndexOf("user_display_name");
        ScreenName = header.IndexOf("user_screen_name");
        Location = header.IndexOf("user_reported_location");
        Bio = header.IndexOf("user_profile_description");
        Followers = header.IndexOf("follower_count");
        Following = header.IndexOf("following_count");
        CreatedAt = header.IndexOf("account_creation_date");
        AccountLanguage = header.IndexOf("account_language");
        TweetLanguage = header.IndexOf("tweet_language");
        Text = header.IndexOf("tweet_text");
        Time = header.IndexOf("tweet_time");
        ReplyUser = header.IndexOf("in_reply_to_userid");
        ReplyTweet = header.IndexOf("in_reply_to_tweetid");
        QuotedTweet = header.IndexOf("quoted_tweet_tweetid");
        IsRetweet = header.IndexOf("is_retweet");
        RetweetUser = header.IndexOf("retweet_userid");
        RetweetTweet = header.IndexOf("retweet_tweetid");
        Hashtags = header.IndexOf("hashtags");
        Urls = header.IndexOf("urls");
        Mentions = header.IndexOf("user_mentions");
    }

    public int TweetId { get; }

    public int UserId { get; }

    public int DisplayName { get; }

    public int ScreenName { get; }

    public int Location { get; }

    public int Bio { get; }

    public int Followers { get; }

    public int Following { get; }

    public int CreatedAt { get; }

    public int AccountLanguage { get; }

    public int TweetLanguage { get; }

    public int Text { get; }

    public int Time { get; }

    public int ReplyUser { get; }

    public int ReplyTweet { get; }

    public int QuotedTweet { get; }

    public int IsRetweet { get; }

    public int RetweetUser { get; }

    public int RetweetTweet { get; }

    public int Hashtags { get; }

    public int Urls { get; }

    public int Mentions { get; }

    /// <summary>The archive layout a header describes: tweets when it has any tweet column, users when it has
    /// userid and user_screen_name and no tweet column, else <see cref="FileLayout.Unknown"/>. A tweets header that
    /// lacks a required column is an error naming the file and the column: its rows are never read as profiles.</summary>
    public static FileLayout Classify(CsvHeader header, string path)
    {
        if (TweetOnlyColumns.Any(header.Has))
        {
            var missing = TweetsRequired.Where(c => !header.Has(c)).ToList();
            return missing.Count == 0 ? FileLayout.ArchiveTweets : throw new IngestInputException(path,
                $"an archive tweets header (it has {string.Join(", ", TweetOnlyColumns.Where(header.Has).Select(c => $"'{c}'"))}) "
                + $"without the required column {string.Join(" and ", missing.Select(c => $"'{c}'"))}");
        }

        return header.Has("userid") && header.Has("user_screen_name") ? FileLayout.ArchiveUsers : FileLayout.Unknown;
    }
}
