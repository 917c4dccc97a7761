using System.Text;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

public sealed class JsonBatchReaderTests
{
    [Fact]
    public async Task Keeps_a_line_with_invalid_utf8_turning_the_bad_bytes_into_replacement_characters()
    {
        var path = Path.Combine(IngestFixtures.TempFolder(), "bad.jsonl");
        var line = Encoding.UTF8.GetBytes("{\"id\": \"1\", \"author_id\": \"2\", \"created_at\": \"2024-01-01T00:00:00Z\", \"text\": \"a\u00FFb\"}\n");
        var at = Array.IndexOf(line, (byte)0xC3); // the first byte of U+00FF's two
        line[at] = 0xFF;
        File.WriteAllBytes(path, line);

        var run = await IngestRun.OfAsync(path);

        Assert.Equal("a\uFFFD\uFFFDb", run.Sink.Post("1").Text);
    }

    [Fact]
    public async Task Rejects_a_value_followed_by_more_content_naming_the_file_and_line()
    {
        var path = Path.Combine(IngestFixtures.TempFolder(), "extra.jsonl");
        File.WriteAllText(path, "{\"id\": \"1\", \"author_id\": \"2\", \"created_at\": \"2024-01-01T00:00:00Z\", \"text\": \"ok\"}\n{\"id\": \"3\"} {\"id\": \"4\"}\n");

        var run = await IngestRun.OfAsync(path);

        var reject = run.Rejects().Single();
        Assert.Equal((path, 2L), ((string)reject["file"]!, (long)reject["line"]!));
        Assert.StartsWith("invalid JSON: ", (string)reject["reason"]!, StringComparison.Ordinal);
        Assert.Equal("{\"id\": \"3\"} {\"id\": \"4\"}", (string)reject["raw"]!);
    }
}
