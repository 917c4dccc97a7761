namespace NetworkGraph.Core.Ingestion.Archive;

/// <summary>The column names of the Twitter information-operations archive: the one list the reader looks columns up
/// in and the scenario generator writes its headers from.</summary>
public static class ArchiveColumnNames
{
    internal const string TweetId = "tweetid";
    internal const string UserId = "userid";
    internal const string DisplayName = "user_display_name";
    internal const string ScreenName = "user_screen_name";
    internal const string Location = "user_reported_location";
    internal const string Bio = "user_profile_description";
    internal const string ProfileUrl = "user_profile_url";
    internal const string Followers = "follower_count";
    internal const string Following = "following_count";
    internal const string CreatedAt = "account_creation_date";
    internal const string AccountLanguage = "account_language";
    internal const string TweetLanguage = "tweet_language";
    internal const string Text = "tweet_text";
    internal const string Time = "tweet_time";
    internal const string ClientName = "tweet_client_name";
    internal const string ReplyUser = "in_reply_to_userid";
    internal const string ReplyTweet = "in_reply_to_tweetid";
    internal const string QuotedTweet = "quoted_tweet_tweetid";
    internal const string IsRetweet = "is_retweet";
    internal const string RetweetUser = "retweet_userid";
    internal const string RetweetTweet = "retweet_tweetid";
    internal const string Latitude = "latitude";
    internal const string Longitude = "longitude";
    internal const string QuoteCount = "quote_count";
    internal const string ReplyCount = "reply_count";
    internal const string LikeCount = "like_count";
    internal const string RetweetCount = "retweet_count";
    internal const string Hashtags = "hashtags";
    internal const string Urls = "urls";
    internal const string Mentions = "user_mentions";
    internal const string PollChoices = "poll_choices";

    /// <summary>The columns of a users file, in file order.</summary>
    public static IReadOnlyList<string> Users { get; } =
    [
        UserId, DisplayName, ScreenName, Location, Bio, ProfileUrl, Followers, Following, CreatedAt, AccountLanguage,
    ];

    /// <summary>The columns of a tweets file, in file order: the tweet id, the users file's columns, then the tweet's.</summary>
    public static IReadOnlyList<string> Tweets { get; } =
    [
        TweetId, .. Users, TweetLanguage, Text, Time, ClientName, ReplyUser, ReplyTweet, QuotedTweet, IsRetweet, RetweetUser,
        RetweetTweet, Latitude, Longitude, QuoteCount, ReplyCount, LikeCount, RetweetCount, Hashtags, Urls, Mentions, PollChoices,
    ];
}
