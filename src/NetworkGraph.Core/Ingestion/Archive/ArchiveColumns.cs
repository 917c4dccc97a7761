using NetworkGraph.Core.Ingestion.Csv;

namespace NetworkGraph.Core.Ingestion.Archive;

/// <summary>Where each known column sits in one archive file (tweets or users); -1 for an absent column.
/// Releases differ in their column sets, so everything is looked up by name.</summary>
internal sealed class ArchiveColumns
{
    private static readonly string[] TweetsRequired = [ArchiveColumnNames.TweetId, ArchiveColumnNames.UserId, ArchiveColumnNames.Time];

    private static readonly string[] TweetOnlyColumns =
    [
        ArchiveColumnNames.TweetId, ArchiveColumnNames.Time, ArchiveColumnNames.Text, ArchiveColumnNames.IsRetweet,
        ArchiveColumnNames.RetweetTweet, ArchiveColumnNames.ReplyTweet, ArchiveColumnNames.QuotedTweet,
    ];

    public ArchiveColumns(CsvHeader header)
    {
        TweetId = header.IndexOf(ArchiveColumnNames.TweetId);
        UserId = header.IndexOf(ArchiveColumnNames.UserId);
        DisplayName = header.IndexOf(ArchiveColumnNames.DisplayName);
        ScreenName = header.IndexOf(ArchiveColumnNames.ScreenName);
        Location = header.IndexOf(ArchiveColumnNames.Location);
        Bio = header.IndexOf(ArchiveColumnNames.Bio);
        Followers = header.IndexOf(ArchiveColumnNames.Followers);
        Following = header.IndexOf(ArchiveColumnNames.Following);
        CreatedAt = header.IndexOf(ArchiveColumnNames.CreatedAt);
        AccountLanguage = header.IndexOf(ArchiveColumnNames.AccountLanguage);
        TweetLanguage = header.IndexOf(ArchiveColumnNames.TweetLanguage);
        Text = header.IndexOf(ArchiveColumnNames.Text);
        Time = header.IndexOf(ArchiveColumnNames.Time);
        ReplyUser = header.IndexOf(ArchiveColumnNames.ReplyUser);
        ReplyTweet = header.IndexOf(ArchiveColumnNames.ReplyTweet);
        QuotedTweet = header.IndexOf(ArchiveColumnNames.QuotedTweet);
        IsRetweet = header.IndexOf(ArchiveColumnNames.IsRetweet);
        RetweetUser = header.IndexOf(ArchiveColumnNames.RetweetUser);
        RetweetTweet = header.IndexOf(ArchiveColumnNames.RetweetTweet);
        Hashtags = header.IndexOf(ArchiveColumnNames.Hashtags);
        Urls = header.IndexOf(ArchiveColumnNames.Urls);
        Mentions = header.IndexOf(ArchiveColumnNames.Mentions);
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

        return header.Has(ArchiveColumnNames.UserId) && header.Has(ArchiveColumnNames.ScreenName) ? FileLayout.ArchiveUsers : FileLayout.Unknown;
    }
}
