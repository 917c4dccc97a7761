using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

public sealed class MentionResolutionTests
{
    [Fact]
    public async Task Keys_a_v2_mention_without_an_id_through_the_page_users_whatever_the_case_of_the_handle()
    {
        var run = await IngestRun.OfAsync("v2_page_pretty.json");

        Assert.Equal(["2244994945", "1000000000000000001"], run.Sink.Post("1800000000000000002").Mentions);
        Assert.Equal(1L, run.Report.Files.Single().Counts.Rejected); // the unknown handle is dropped, not rejected
    }

    [Fact]
    public async Task Keys_a_v1_mention_without_an_id_through_the_users_of_the_same_tweet_only()
    {
        var sink = (await IngestRun.OfAsync("v1_tweets_array.json")).Sink;

        Assert.Equal(["1111"], sink.Post("1234567890123456790").Mentions); // "OldApi" in the retweeted text: the retweeter
        Assert.Equal(["2222", "1111"], sink.Post("1001").Mentions); // "ORIGIN": the quoted status's user
        Assert.Equal(["2222", "3333"], sink.Post("1003").Mentions); // "SomeBody" above is described only here
    }

    [Fact]
    public async Task Keys_a_flattened_v2_mention_through_the_inlined_authors_of_the_same_line()
    {
        var path = Path.Combine(IngestFixtures.TempFolder(), "flat.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": "1", "text": "@Boss @me", "created_at": "2024-01-01T00:00:00Z", "author_id": "10", "author": {"id": "10", "username": "Me"}, "entities": {"mentions": [{"username": "boss"}, {"username": "ME"}]}, "referenced_tweets": [{"type": "replied_to", "id": "0", "text": "x", "author_id": "20", "created_at": "2023-12-31T00:00:00Z", "author": {"id": "20", "username": "BOSS"}}]}""",
            """{"id": "2", "text": "@boss again", "created_at": "2024-01-01T00:01:00Z", "author_id": "10", "entities": {"mentions": [{"username": "boss"}]}}""",
        ]);

        var run = await IngestRun.OfAsync(path);

        Assert.Equal(["20", "10"], run.Sink.Post("1").Mentions);
        Assert.Empty(run.Sink.Post("2").Mentions);
        Assert.Equal((2L, 0L), (run.Report.Files.Single().Counts.Accepted, run.Report.Files.Single().Counts.Rejected));
    }
}
