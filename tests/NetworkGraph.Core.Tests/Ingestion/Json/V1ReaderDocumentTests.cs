using NetworkGraph.Core.Model;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

public sealed class V1ReaderDocumentTests
{
    [Fact]
    public async Task Reads_a_pretty_printed_array_of_tweets_and_rejects_one_at_the_line_where_it_starts()
    {
        var run = await IngestRun.OfAsync("v1_tweets_array.json");

        var counts = run.Report.Files.Single().Counts;
        Assert.Equal((5L, 3L, 1L, 1L), (counts.RowsRead, counts.Accepted, counts.Rejected, counts.Skipped));
        var reject = run.Rejects().Single();
        Assert.Equal(("created_at", 58L), ((string?)reject["field"], (long)reject["line"]!));
        Assert.Equal("v1", run.Report.Files.Single().Format);
    }

    [Fact]
    public async Task Keeps_a_numeric_id_above_53_bits_exact_and_decodes_escaped_text()
    {
        var sink = (await IngestRun.OfAsync("v1_tweets_array.json")).Sink;

        var retweet = sink.Post("1234567890123456790");
        Assert.Equal((PostKind.Retweet, "900", "2222", "Original v1 text #Baku @OldApi"), (retweet.Kind, retweet.ReferencedPost, retweet.ReferencedAuthor, retweet.Text));
        Assert.Equal((PostKind.Reply, "@origin @somebody replying é🇦🇿"), (sink.Post("1003").Kind, sink.Post("1003").Text));
        Assert.Equal("@ORIGIN @oldapi @SomeBody @ghost_account see [this] and \"that\" \\o/", sink.Post("1001").Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reads_an_array_of_tweets_like_the_same_tweets_as_json_lines(bool indented)
    {
        var folder = IngestFixtures.TempFolder();
        var lines = File.ReadAllLines(IngestFixtures.Path("v1_tweets.jsonl"));
        var array = Path.Combine(folder, "tweets.json");
        File.WriteAllText(array, "[" + string.Join(",", lines.Select(l => indented ? V2ReaderDocumentTests.Indent(l) : l)) + "]");

        var expected = await IngestRun.OfAsync("v1_tweets.jsonl");
        var actual = await IngestRun.OfAsync(array);

        Assert.Equal(expected.Report.Files.Single().Counts, actual.Report.Files.Single().Counts);
        Assert.Equal(expected.Sink.Posts.Select(V2ReaderDocumentTests.Describe), actual.Sink.Posts.Select(V2ReaderDocumentTests.Describe));
        Assert.Equal(expected.Sink.Profiles, actual.Sink.Profiles);
        Assert.Equal(Describe(expected.Rejects(), indented), Describe(actual.Rejects(), indented));
    }

    // Indenting re-escapes strings (non-ASCII as \uXXXX), so only unindented raw text compares as written.
    private static IEnumerable<string> Describe(IEnumerable<Newtonsoft.Json.Linq.JObject> rejects, bool indented) =>
        rejects.Select(r => $"{r["field"]} {r["reason"]} {(indented ? null : r["raw"])}");

    [Fact]
    public async Task Rejects_a_document_cut_inside_its_last_tweet_as_truncated()
    {
        var path = Path.Combine(IngestFixtures.TempFolder(), "cut.json");
        var text = File.ReadAllText(IngestFixtures.Path("v1_tweets_array.json"));
        File.WriteAllText(path, text[..text.LastIndexOf("\"user\"", StringComparison.Ordinal)]);

        var run = await IngestRun.OfAsync(path);

        var reject = run.Rejects().Single(r => (string?)r["field"] is null);
        Assert.Contains("truncated", (string)reject["reason"]!, StringComparison.Ordinal);
        Assert.Equal(64L, (long)reject["line"]!);
    }
}
