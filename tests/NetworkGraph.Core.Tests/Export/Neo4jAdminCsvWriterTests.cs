using NetworkGraph.Core.Export;
using static NetworkGraph.Core.Tests.Export.CsvTestHelpers;

namespace NetworkGraph.Core.Tests.Export;

public sealed class Neo4jAdminCsvWriterTests
{
    [Fact]
    public async Task Writes_typed_import_headers()
    {
        var (nodes, rels) = await WriteAsync(SampleGraphs.Coordination());

        Assert.Equal(
            ["id:ID(Account)", ":LABEL", "handle", "cluster", "score:double", "flagged:boolean", "language", "location", "created_at:datetime",
             "followers:long", "following:long", "posts:long", "hashtags:string[]", "ratio:float", "rank:int"],
            nodes[0]);
        Assert.Equal([":START_ID(Account)", ":END_ID(Account)", ":TYPE", "weight:double", "mean_dt_s:double", "evidence:long", "shared_urls:int"], rels[0]);
    }

    [Fact]
    public async Task Writes_labels_handles_arrays_and_relationship_types()
    {
        var (nodes, rels) = await WriteAsync(SampleGraphs.Coordination());

        var first = Row(nodes, 1);
        Assert.Equal(("101", "Account;Flagged", "baku_news"), (first["id:ID(Account)"], first[":LABEL"], first["handle"]));
        Assert.Equal("BakuInitiative;FreeKanaky", first["hashtags:string[]"]);
        Assert.Equal("2020-01-02T03:04:05Z", first["created_at:datetime"]);
        Assert.Equal("Account", Row(nodes, 4)[":LABEL"]);
        Assert.Equal(string.Empty, Row(nodes, 6)["followers:long"]);
        Assert.Equal(["CO_HASHTAG", "CO_RETWEET", "CO_RETWEET", "COPY_PASTE", "CO_RETWEET"], rels.Skip(1).Select(r => r[2]).ToArray());
    }

    [Fact]
    public async Task Replaces_the_array_delimiter_inside_items_and_does_not_prefix_formulas()
    {
        var node = new ExportNode("=1", "@x") { Attributes = new Dictionary<string, object?> { ["tags"] = new[] { "a;b", "c" } } };
        var graph = new ExportGraph([node], []) { NodeColumns = [new("tags", ExportValueType.StringList)] };

        var (nodes, _) = await WriteAsync(graph);

        Assert.Equal(["=1", "Account", "x", "", "", "false", "a,b;c"], nodes[1]);
    }

    [Fact]
    public async Task Writes_every_kind_a_share_table_named_as_CO_SHARE_with_a_kind_column()
    {
        var graph = new ExportGraph(
            [new ExportNode("1", "@a"), new ExportNode("2", "@b")],
            [new ExportEdge("1", "2", "co_image", 2), new ExportEdge("1", "2", "co_share", 3), new ExportEdge("1", "2", "co_link", 1)]);

        var (_, rels) = await WriteAsync(graph);

        Assert.Equal([":START_ID(Account)", ":END_ID(Account)", ":TYPE", "weight:double", "kind"], rels[0].Take(5));
        Assert.Equal([("CO_LINK", ""), ("CO_SHARE", "co_image"), ("CO_SHARE", "co_share")], rels.Skip(1).Select(r => (r[2], r[4])).Order());
    }

    [Theory]
    [InlineData("co_retweet", "CO_RETWEET")]
    [InlineData("co-url share", "CO_URL_SHARE")]
    [InlineData("1st", "_1ST")]
    [InlineData("", "_")]
    public void Maps_a_kind_to_a_relationship_type(string kind, string expected)
    {
        Assert.Equal(expected, Neo4jAdminCsvWriter.RelationshipType(kind));
    }

    [Fact]
    public async Task Rejects_a_label_that_is_not_an_identifier()
    {
        using var ms = new MemoryStream();
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Neo4jAdminCsvWriter.WriteAsync(SampleGraphs.Coordination(), ms, ms, new Neo4jAdminCsvOptions { NodeLabel = "Acc)ount" }));
    }

    private static async Task<(List<string[]> Nodes, List<string[]> Rels)> WriteAsync(ExportGraph graph)
    {
        using var nodes = new MemoryStream();
        using var rels = new MemoryStream();
        await Neo4jAdminCsvWriter.WriteAsync(graph, nodes, rels);
        return (ReadRows(nodes.ToArray()), ReadRows(rels.ToArray()));
    }
}
