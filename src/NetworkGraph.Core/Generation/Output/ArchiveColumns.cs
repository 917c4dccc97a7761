namespace NetworkGraph.Core.Generation.Output;

/// <summary>Column headers of the Twitter information-operations archive, in file order.</summary>
internal static class ArchiveColumns
{
    public static readonly string[] Tweets =
    [
        "tweetid", "userid", "user_display_name", "user_screen_name", "user_reported_location", "user_profile_description",
        "user_profile_url", "follower_count", "following_count", "account_creation_date", "account_language", "tweet_language",
        "tweet_text", "tweet_time", "tweet_client_name", "in_reply_to_userid", "in_reply_to_tweetid", "quoted_tweet_tweetid",
        "is_retweet", "retweet_userid", "retweet_tweetid", "latitude", "longitude", "quote_count", "reply_count", "like_count",
        "retweet_count", "hashtags", "urls", "user_mentions", "poll_choices",
    ];

    public static readonly string[] Users =
    [
        "userid", "user_display_name", "user_screen_name", "user_reported_location", "user_profile_description",
        "user_profile_url", "follower_count", "following_count", "account_creation_date", "account_language",
    ];

    public static byte[] HeaderLine(string[] columns) => System.Text.Encoding.UTF8.GetBytes(string.Join(',', columns) + "\n");
}
