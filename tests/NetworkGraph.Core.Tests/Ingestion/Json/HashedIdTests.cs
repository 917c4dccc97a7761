using NetworkGraph.Core.Model;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

/// <summary>Research releases of v1.1 tweets replace every id by a hash in a field named after it plus <c>_h</c>
/// (id_h, id_str_h, user.id_str_h, in_reply_to_status_id_h...), often without the text.</summary>
public sealed class HashedIdTests
{
    private const string Original = "c4ca4238a0b923820dcc509a6f75849b";
    private const string Author = "a87ff679a2f3e71d9181a67b7542122c";

    [Fact]
    public async Task Ingests_tweets_whose_ids_are_hashed()
    {
        var run = await IngestRun.OfAsync("v1_hashed_ids.jsonl");

        var counts = run.Report.Files.Single().Counts;
        Assert.Equal((7L, 4L, 1L, 2L), (counts.RowsRead, counts.Accepted, counts.Rejected, counts.Skipped));
        var original = run.Sink.Post(Original);
        Assert.Equal(Author, original.Author);
        Assert.Equal(["Vote"], original.Hashtags);
        Assert.Equal(["e4da3b7fbbce2345d7772b0674a318d5"], original.Mentions);
        Assert.Contains(run.Sink.Profiles, p => p.Account == Author);
        var retweet = run.Sink.Post("c81e728d9d4c2f636f067f89cc14862c");
        Assert.Equal((PostKind.Retweet, Original, Author), (retweet.Kind, retweet.ReferencedPost, retweet.ReferencedAuthor));
        var reply = run.Sink.Post("eccbc87e4b5ce2fe28308fd9f2a7baf3");
        Assert.Equal((PostKind.Reply, Original, Author), (reply.Kind, reply.ReferencedPost, reply.ReferencedAuthor));
        Assert.Equal((PostKind.Quote, Original), (run.Sink.Post(Author).Kind, run.Sink.Post(Author).ReferencedPost));
    }

    [Fact]
    public async Task Says_why_each_line_was_skipped_or_rejected()
    {
        var run = await IngestRun.OfAsync("v1_hashed_ids.jsonl");

        var lines = run.Lines();
        Assert.Equal(3, lines.Count);
        Assert.Equal([5L, 6L, 7L], lines.Select(l => (long)l["line"]!));
        Assert.Equal([true, true, null], lines.Select(l => (bool?)l["skipped"]));
        Assert.Contains("'delete'", (string?)lines[0]["reason"], StringComparison.Ordinal);
        Assert.Contains("'limit'", (string?)lines[1]["reason"], StringComparison.Ordinal);
        Assert.Equal("id_str", (string?)lines[2]["field"]);
        Assert.Contains("missing", (string?)lines[2]["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_the_skipped_lines_by_reason()
    {
        var run = await IngestRun.OfAsync("v1_hashed_ids.jsonl");

        Assert.Equal(
            new Dictionary<string, long> { ["a stream notice ('delete'), not a tweet"] = 1, ["a stream notice ('limit'), not a tweet"] = 1 },
            run.Report.Files.Single().SkippedBy);
    }
}
