using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Json;

public sealed class JsonValueTypeTests
{
    private const string V2 = """{"id": "10", "author_id": "20", "created_at": "2023-07-15T10:00:00.000Z", "text": "fine"}""";
    private const string V1 = """{"id_str": "11", "created_at": "Mon Jul 10 09:15:00 +0000 2023", "text": "fine", "user": {"id_str": "21"}}""";

    [Theory]
    [InlineData(V2, """{"data": "oops"}""", "data")]
    [InlineData(V2, """{"data": [{"id": "12", "author_id": "20", "created_at": "2023-07-15T10:00:00.000Z", "text": "ok"}, 7]}""", "data")]
    [InlineData(V2, """{"id": "12", "author_id": "20", "created_at": "2023-07-15T10:00:00.000Z", "text": {"a": 1}}""", "text")]
    [InlineData(V2, """{"id": 1.5e18, "author_id": "20", "created_at": "2023-07-15T10:00:00.000Z", "text": "t"}""", "id")]
    [InlineData(V2, """{"id": "13", "author_id": 20.0, "created_at": "2023-07-15T10:00:00.000Z", "text": "t"}""", "author_id")]
    [InlineData(V2, """{"id": "14", "author_id": "20", "created_at": 1689415200, "text": "t"}""", "created_at")]
    [InlineData(V1, """{"id": 123.0, "created_at": "Mon Jul 10 09:15:00 +0000 2023", "text": "t", "user": {"id_str": "21"}}""", "id")]
    [InlineData(V1, """{"id_str": "15", "created_at": "Mon Jul 10 09:15:00 +0000 2023", "text": ["t"], "user": {"id_str": "21"}}""", "text")]
    [InlineData(V1, """{"id_str": "16", "created_at": "Mon Jul 10 09:15:00 +0000 2023", "text": "t", "user": {"id": 2.1e1}}""", "user.id")]
    [InlineData(V1, """{"id_str": "17", "created_at": "Mon Jul 10 09:15:00 +0000 2023", "text": "t", "user": "someone"}""", "user")]
    public async Task A_value_of_the_wrong_type_is_rejected_with_the_file_line_and_field(string first, string bad, string field)
    {
        var run = await IngestRun.OfLinesAsync("mixed_types.jsonl", first, bad);

        var reject = Assert.Single(run.Rejects());
        Assert.Equal(field, (string?)reject["field"]);
        Assert.Equal(2L, (long)reject["line"]!);
        Assert.EndsWith("mixed_types.jsonl", (string?)reject["file"], StringComparison.Ordinal);
        var counts = run.Report.Files.Single().Counts;
        Assert.Equal(counts.RowsRead, counts.Accepted + counts.Rejected + counts.Skipped);
    }

    [Theory]
    [InlineData(V2, V1)]
    [InlineData(V1, V2)]
    public async Task Reads_each_line_of_a_file_mixing_v1_and_v2_in_its_own_format(string first, string second)
    {
        var run = await IngestRun.OfLinesAsync("mixed_formats.jsonl", first, second);

        Assert.Empty(run.Rejects());
        Assert.Equal(["10", "11"], run.Sink.Posts.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["20", "21"], run.Sink.Posts.Select(p => p.Author).Order(StringComparer.Ordinal));
    }
}
