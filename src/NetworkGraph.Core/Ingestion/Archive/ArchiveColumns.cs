using NetworkGraph.Core.Ingestion.Csv;
using Names = NetworkGraph.Core.Ingestion.Archive.ArchiveColumnNames;

namespace NetworkGraph.Core.Ingestion.Archive;

/// <summary>Where each known column sits in one archive file (tweets or users); -1 for an absent column.
/// Releases differ in their column sets, so everything is looked up by name.</summary>
internal sealed class ArchiveColumns
{
    private static readonly string[] TweetsRequired = [Names.TweetId, Names.UserId, Names.Time];

    private static readonly string[] TweetOnlyColumns =
        [Names.TweetId, Names.Time, Names.Text, Names.IsRetweet, Names.RetweetTweet, Names.ReplyTweet, Names.QuotedTweet];

    public ArchiveColumns(CsvHeader header)
    {
        TweetId = header.IndexOf(Names.TweetId);
        UserId = header.IndexOf(Names.UserId);
        DisplayName = header.IndexOf(Names.DisplayName);
        ScreenName = header.IndexOf(Names.ScreenName);
        Location = header.IndexOf(Names.Location);
        Bio = header.IndexOf(Names.Bio);
        Followers = header.IndexOf(Names.Followers);
        Following = header.IndexOf(Names.Following);
        CreatedAt = header.IndexOf(Names.CreatedAt);
        AccountLanguage = header.IndexOf(Names.AccountLanguage);
        TweetLanguage = header.IndexOf(Names.TweetLanguage);
        Text = header.IndexOf(Names.Text);
        Time = header.IndexOf(Names.Time);
        ReplyUser = header.IndexOf(Names.ReplyUser);
        ReplyTweet = header.IndexOf(Names.ReplyTweet);
        QuotedTweet = header.IndexOf(Names.QuotedTweet);
        IsRetweet = header.IndexOf(Names.IsRetweet);
        RetweetUser = header.IndexOf(Names.RetweetUser);
        RetweetTweet = header.IndexOf(Names.RetweetTweet);
        Hashtags = header.IndexOf(Names.Hashtags);
        Urls = header.IndexOf(Names.Urls);
        Mentions = header.IndexOf(Names.Mentions);
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

        return header.Has(Names.UserId) && header.Has(Names.ScreenName) ? FileLayout.ArchiveUsers : FileLayout.Unknown;
    }
}
