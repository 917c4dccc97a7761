using NetworkGraph.Core.Model;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Archive;

public sealed class ArchiveTweetReaderTests
{
    private const string UserA = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
    private const string UserB = "b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2";
    private const string UserC = "cVd3Rk9xMm5wQjhLc0ZhZ1Z6WnJ5TG9qRXRZPQ==";

    [Fact]
    public async Task Reads_an_original_with_its_lists_emoji_and_quoted_commas()
    {
        var run = await IngestRun.OfAsync("archive_tweets.csv");

        var post = run.Sink.Post("1001");
        Assert.Equal(UserA, post.Author);
        Assert.Equal(PostKind.Original, post.Kind);
        Assert.Equal(new DateTimeOffset(2023, 7, 10, 9, 15, 0, TimeSpan.Zero), post.Time);
        Assert.Equal("Great day at the \"BIG\" conference, #Baku 🎉", post.Text);
        Assert.Equal(["Baku", "BIG"], post.Hashtags);
        Assert.Equal(["https://www.Example.com/news?id=1"], post.Urls);
        Assert.Equal(["example.com"], post.Domains);
        Assert.Equal([UserB], post.Mentions);
        Assert.Equal("az", post.Language);
    }

    [Fact]
    public async Task Reads_retweets_quotes_and_replies_with_what_they_refer_to()
    {
        var sink = (await IngestRun.OfAsync("archive_tweets.csv")).Sink;

        Assert.Equal((PostKind.Retweet, "1001", UserA), (sink.Post("1002").Kind, sink.Post("1002").ReferencedPost, sink.Post("1002").ReferencedAuthor));
        Assert.Equal((PostKind.Quote, "1001", (string?)null), (sink.Post("1003").Kind, sink.Post("1003").ReferencedPost, sink.Post("1003").ReferencedAuthor));
        Assert.Equal((PostKind.Reply, "1003", UserC), (sink.Post("1004").Kind, sink.Post("1004").ReferencedPost, sink.Post("1004").ReferencedAuthor));
    }

    [Fact]
    public async Task Keeps_line_breaks_and_doubled_quotes_of_multi_line_fields()
    {
        var sink = (await IngestRun.OfAsync("archive_tweets.csv")).Sink;

        Assert.Equal("first line\nsecond line, with comma\r\nthird \"quoted\" line", sink.Post("1003").Text);
        Assert.Equal(["it's"], sink.Post("1003").Hashtags);
        Assert.Equal("Multi\nline bio", sink.Profiles.Single(p => p.Account == UserC).Bio);
    }

    [Fact]
    public async Task Replaces_invalid_utf8_with_the_replacement_character()
    {
        var sink = (await IngestRun.OfAsync("archive_tweets.csv")).Sink;

        Assert.Equal("bad bytes \uFFFD\uFFFD here", sink.Post("1004").Text);
    }

    [Fact]
    public async Task Rejects_bad_rows_naming_line_field_and_reason_and_goes_on()
    {
        var run = await IngestRun.OfAsync("archive_tweets.csv");

        var rejects = run.Rejects();
        Assert.Equal(3, rejects.Count);
        Assert.Equal(("tweet_time", 9L), ((string?)rejects[0]["field"], (long)rejects[0]["line"]!));
        Assert.Contains("yesterday at noon", (string)rejects[0]["reason"]!, StringComparison.Ordinal);
        Assert.StartsWith("1005,", (string)rejects[0]["raw"]!, StringComparison.Ordinal);
        Assert.Equal("hashtags", (string?)rejects[1]["field"]);
        Assert.Null((string?)rejects[2]["field"]);
        Assert.Contains("expected 31 fields, found 13", (string)rejects[2]["reason"]!, StringComparison.Ordinal);
        Assert.EndsWith("cut he", (string)rejects[2]["raw"]!, StringComparison.Ordinal);
        Assert.Equal(Path.GetFullPath(IngestFixtures.Path("archive_tweets.csv")), Path.GetFullPath((string)rejects[2]["file"]!));
        Assert.Contains(run.Sink.Posts, p => p.Id == "1009");
    }

    [Fact]
    public async Task Counts_rows_accepted_duplicates_and_rejects()
    {
        var run = await IngestRun.OfAsync("archive_tweets.csv");

        var counts = run.Report.Files.Single().Counts;
        Assert.Equal((10L, 6L, 1L, 3L), (counts.RowsRead, counts.Accepted, counts.Duplicates, counts.Rejected));
    }

    [Fact]
    public async Task Reads_profiles_with_float_counts_empty_fields_and_the_tweet_time_as_observation()
    {
        var sink = (await IngestRun.OfAsync("archive_tweets.csv")).Sink;

        var newest = sink.Profiles.Where(p => p.Account == UserA).MaxBy(p => p.ObservedAt)!;
        Assert.Equal(("bakuvoice", "Baku, AZ", 1600L, 310L), (newest.Handle, newest.Location, newest.Followers, newest.Following));
        Assert.Equal(new DateTimeOffset(2023, 7, 12, 18, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds(), newest.ObservedAt);
        var sparse = sink.Profiles.Single(p => p.Account == UserA && p.ObservedAt == new DateTimeOffset(2023, 7, 11, 8, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds());
        Assert.Equal((null, null, (long?)null, (long?)null), (sparse.Bio, sparse.CreatedAt is null ? null : "set", sparse.Followers, sparse.Following));
    }

    [Fact]
    public async Task Reads_a_release_with_another_column_set_and_crlf_line_ends()
    {
        var sink = (await IngestRun.OfAsync("archive_tweets_release2.csv")).Sink;

        var post = sink.Post("1011");
        Assert.Equal(("Hello from release two", UserB, PostKind.Original), (post.Text, post.Author, post.Kind));
        Assert.Equal(PostKind.Retweet, sink.Post("1002").Kind);
    }

    [Fact]
    public async Task Counts_a_post_seen_in_an_earlier_file_as_a_duplicate()
    {
        var run = await IngestRun.OfAsync("archive_tweets.csv", "archive_tweets_release2.csv");

        Assert.Equal((1L, 1L), (run.Report.Files[1].Counts.Accepted, run.Report.Files[1].Counts.Duplicates));
    }

    [Fact]
    public async Task Reads_a_users_file_as_profiles_without_an_observation_time()
    {
        var run = await IngestRun.OfAsync("archive_users.csv");

        Assert.Equal(2, run.Sink.Profiles.Count);
        Assert.All(run.Sink.Profiles, p => Assert.Null(p.ObservedAt));
        Assert.Equal(2, run.Report.Files.Single().Counts.Accepted);
        Assert.Equal("archive users", run.Report.Files.Single().Format);
    }
}
