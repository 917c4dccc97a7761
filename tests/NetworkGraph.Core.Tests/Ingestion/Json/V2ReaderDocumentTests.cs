using System.Text;
using System.Text.Json;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

public sealed class V2ReaderDocumentTests
{
    [Fact]
    public async Task Reads_a_pretty_printed_page_and_rejects_a_tweet_at_the_line_where_it_starts()
    {
        var run = await IngestRun.OfAsync("v2_page_pretty.json");

        var counts = run.Report.Files.Single().Counts;
        Assert.Equal((3L, 2L, 1L, 0L), (counts.RowsRead, counts.Accepted, counts.Rejected, counts.Skipped));
        var reject = run.Rejects().Single();
        Assert.Equal(("created_at", 52L), ((string?)reject["field"], (long)reject["line"]!));
        Assert.StartsWith("{\"id\":\"1800000000000000003\",", (string)reject["raw"]!, StringComparison.Ordinal);
        var retweet = run.Sink.Post("1800000000000000001");
        Assert.Equal((PostKind.Retweet, "2244994945"), (retweet.Kind, retweet.ReferencedAuthor));
        Assert.StartsWith("Announcing the BIG conference", retweet.Text, StringComparison.Ordinal);
        Assert.Contains(run.Sink.Profiles, p => p.Account == "1000000000000000001" && p.Location == "Baku");
    }

    [Theory]
    [InlineData("v2_flattened.jsonl", false)]
    [InlineData("v2_flattened.jsonl", true)]
    [InlineData("v2_pages.jsonl", true)]
    public async Task Reads_an_array_of_pages_or_flattened_tweets_like_the_same_values_as_json_lines(string fixture, bool indented)
    {
        var folder = IngestFixtures.TempFolder();
        var lines = File.ReadAllLines(IngestFixtures.Path(fixture)).Where(IsJson).ToList();
        var jsonl = Path.Combine(folder, "values.jsonl");
        var array = Path.Combine(folder, "values.json");
        File.WriteAllLines(jsonl, lines);
        File.WriteAllText(array, "[\n" + string.Join(",\n", lines.Select(l => indented ? Indent(l) : l)) + "\n]\n");

        var expected = await IngestRun.OfAsync(jsonl);
        var actual = await IngestRun.OfAsync(array);

        Assert.Equal("v2", actual.Report.Files.Single().Format);
        Assert.Equal(expected.Report.Files.Single().Counts, actual.Report.Files.Single().Counts);
        Assert.Equal(expected.Sink.Posts.Select(Describe), actual.Sink.Posts.Select(Describe));
        Assert.Equal(expected.Sink.Profiles, actual.Sink.Profiles);
    }

    internal static string Describe(CollectingIngestSink.SeenPost p) =>
        $"{p.Id} {p.Author} {p.Time:O} {p.Kind} {p.ReferencedPost} {p.ReferencedAuthor} {p.Language} {p.IsRow} [{p.Text}] "
        + $"{string.Join(',', p.Mentions)} {string.Join(',', p.Hashtags)} {string.Join(',', p.Urls)} {string.Join(',', p.Domains)}";

    internal static string Indent(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static bool IsJson(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
