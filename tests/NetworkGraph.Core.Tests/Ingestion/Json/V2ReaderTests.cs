using NetworkGraph.Core.Model;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

public sealed class V2ReaderTests
{
    private const string OriginalText =
        "Announcing the BIG conference in #Baku: a long original text that the retweet shows only in part, with a link https://t.co/abc";

    [Fact]
    public async Task Gives_a_truncated_retweet_the_full_text_and_entities_of_the_included_original()
    {
        var sink = (await IngestRun.OfAsync("v2_pages.jsonl")).Sink;

        var retweet = sink.Post("1600000000000000001");
        Assert.Equal((PostKind.Retweet, "1500000000000000000", "2244994945"), (retweet.Kind, retweet.ReferencedPost, retweet.ReferencedAuthor));
        Assert.Equal(OriginalText, retweet.Text);
        Assert.Equal(["https://bigconference.example/2023?utm=x"], retweet.Urls);
        Assert.Equal(["bigconference.example"], retweet.Domains);
    }

    [Fact]
    public async Task Stores_the_included_original_as_a_post_that_is_not_a_row()
    {
        var sink = (await IngestRun.OfAsync("v2_pages.jsonl")).Sink;

        var original = sink.Post("1500000000000000000");
        Assert.Equal(("2244994945", PostKind.Original, false), (original.Author, original.Kind, original.IsRow));
        Assert.Equal(["Baku"], original.Hashtags);
    }

    [Fact]
    public async Task Reads_quotes_replies_mentions_and_long_note_tweets()
    {
        var sink = (await IngestRun.OfAsync("v2_pages.jsonl")).Sink;

        Assert.Equal((PostKind.Quote, "2244994945"), (sink.Post("1600000000000000002").Kind, sink.Post("1600000000000000002").ReferencedAuthor));
        var reply = sink.Post("1600000000000000003");
        Assert.Equal((PostKind.Reply, "2244994945", "@TwitterDev \"quotes\" and\nnewlines"), (reply.Kind, reply.ReferencedAuthor, reply.Text));
        Assert.Equal(["2244994945"], reply.Mentions);
        Assert.EndsWith("beyond 280 characters", sink.Post("1600000000000000005").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Takes_profiles_from_includes_users_observed_at_retrieval()
    {
        var sink = (await IngestRun.OfAsync("v2_pages.jsonl")).Sink;

        var amplifier = sink.Profiles.Single(p => p.Account == "1000000000000000001");
        Assert.Equal(("amplifier1", "Amp One 🇦🇿", "Baku", 3L, 900L), (amplifier.Handle, amplifier.DisplayName, amplifier.Location, amplifier.Followers, amplifier.Following));
        Assert.Equal(DateTimeOffset.Parse("2023-08-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds(), amplifier.ObservedAt);
    }

    [Fact]
    public async Task Rejects_a_tweet_without_a_time_and_a_truncated_last_line_and_skips_an_error_page()
    {
        var run = await IngestRun.OfAsync("v2_pages.jsonl");

        var rejects = run.Rejects();
        Assert.Equal(2, rejects.Count);
        Assert.Equal(("created_at", 1L), ((string?)rejects[0]["field"], (long)rejects[0]["line"]!));
        Assert.Contains("\"id\":\"1600000000000000004\"", (string)rejects[0]["raw"]!, StringComparison.Ordinal);
        Assert.Equal(4L, (long)rejects[1]["line"]!);
        Assert.Contains("truncated", (string)rejects[1]["reason"]!, StringComparison.Ordinal);
        var counts = run.Report.Files.Single().Counts;
        Assert.Equal((7L, 4L, 2L, 1L), (counts.RowsRead, counts.Accepted, counts.Rejected, counts.Skipped));
    }

    [Fact]
    public async Task Reads_twarc2_flattened_tweets_with_inlined_originals_and_authors()
    {
        var sink = (await IngestRun.OfAsync("v2_flattened.jsonl")).Sink;

        var retweet = sink.Post("1700000000000000001");
        Assert.Equal((PostKind.Retweet, OriginalText, "2244994945"), (retweet.Kind, retweet.Text, retweet.ReferencedAuthor));
        Assert.False(sink.Post("1500000000000000000").IsRow);
        Assert.Contains(sink.Profiles, p => p.Account == "2244994945" && p.Handle == "TwitterDev");
        Assert.Contains(sink.Profiles, p => p.Account == "783214" && p.Followers == 66_000_000);
    }
}
