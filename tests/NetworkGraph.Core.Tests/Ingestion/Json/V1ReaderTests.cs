using NetworkGraph.Core.Model;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

public sealed class V1ReaderTests
{
    [Fact]
    public async Task Keeps_ids_above_53_bits_exact_and_reads_the_extended_text()
    {
        var sink = (await IngestRun.OfAsync("v1_tweets.jsonl")).Sink;

        var post = sink.Post("1234567890123456789");
        Assert.Equal("short text and the rest of the extended tweet #BIG https://t.co/e", post.Text);
        Assert.Equal(["BIG"], post.Hashtags);
        Assert.Equal(["2222"], post.Mentions);
        Assert.Equal(["bigconference.example"], post.Domains);
        Assert.Equal(new DateTimeOffset(2023, 7, 10, 9, 15, 0, TimeSpan.Zero), post.Time);
    }

    [Fact]
    public async Task Reads_a_retweet_from_its_retweeted_status_and_stores_the_original()
    {
        var sink = (await IngestRun.OfAsync("v1_tweets.jsonl")).Sink;

        var retweet = sink.Post("901");
        Assert.Equal((PostKind.Retweet, "900", "2222", "Original v1 text #Baku"), (retweet.Kind, retweet.ReferencedPost, retweet.ReferencedAuthor, retweet.Text));
        Assert.False(sink.Post("900").IsRow);
        Assert.Equal((PostKind.Quote, "900"), (sink.Post("902").Kind, sink.Post("902").ReferencedPost));
        Assert.Equal((PostKind.Reply, "900", "2222"), (sink.Post("903").Kind, sink.Post("903").ReferencedPost, sink.Post("903").ReferencedAuthor));
    }

    [Fact]
    public async Task Reads_the_embedded_user_profile_at_the_tweet_time()
    {
        var sink = (await IngestRun.OfAsync("v1_tweets.jsonl")).Sink;

        var profile = sink.Profiles.First(p => p.Account == "1111");
        Assert.Equal(("oldapi", "Old API", "v1 bio", "az", 10L, 20L), (profile.Handle, profile.DisplayName, profile.Bio, profile.Language, profile.Followers, profile.Following));
        Assert.Equal(1539202764L, profile.CreatedAt);
    }

    [Fact]
    public async Task Skips_delete_notices_and_rejects_a_bad_date()
    {
        var run = await IngestRun.OfAsync("v1_tweets.jsonl");

        var counts = run.Report.Files.Single().Counts;
        Assert.Equal((6L, 4L, 1L, 1L), (counts.RowsRead, counts.Accepted, counts.Rejected, counts.Skipped));
        Assert.Equal("created_at", (string?)run.Rejects().Single()["field"]);
    }
}
