using NetworkGraph.Core.Export;
using static NetworkGraph.Core.Tests.Export.CsvTestHelpers;

namespace NetworkGraph.Core.Tests.Export;

public sealed class GephiCsvWriterTests
{
    [Fact]
    public async Task Writes_gephi_node_and_edge_headers()
    {
        var (nodes, edges) = await WriteAsync(SampleGraphs.Coordination());

        Assert.Equal(
            ["Id", "Label", "cluster", "score", "flagged", "language", "location", "created_at", "followers", "following", "posts", "hashtags", "ratio", "rank", "Time Interval"],
            nodes[0]);
        Assert.Equal(["Source", "Target", "Type", "Kind", "Id", "Weight", "mean_dt_s", "evidence", "shared_urls", "Time Interval"], edges[0]);
        Assert.Equal(7, nodes.Count);
        Assert.Equal(6, edges.Count);
    }

    [Fact]
    public async Task Writes_values_intervals_and_neutralises_text_that_looks_like_a_formula()
    {
        var (nodes, edges) = await WriteAsync(SampleGraphs.Coordination());

        var first = Row(nodes, 1);
        Assert.Equal("'@baku_news", first["Label"]);
        Assert.Equal("<[2024-03-01, 2024-03-05]>", first["Time Interval"]);
        Assert.Equal("BakuInitiative;FreeKanaky", first["hashtags"]);
        Assert.Equal(string.Empty, Row(nodes, 6)["score"]);
        var edge = Row(edges, 1);
        Assert.Equal(("101", "102", "Undirected", "co_hashtag", "3"), (edge["Source"], edge["Target"], edge["Type"], edge["Kind"], edge["Weight"]));
    }

    [Fact]
    public async Task Writes_every_row_of_a_table_larger_than_a_batch_in_order()
    {
        // Rows reach the stream in batches of 32k characters; a table of several batches keeps every row, in order.
        var nodes = Enumerable.Range(0, 3000).Select(i => new ExportNode($"n{i:D5}", $"account number {i}")).ToList();
        var edges = Enumerable.Range(1, 2999).Select(i => new ExportEdge("n00000", $"n{i:D5}", "co_tweet", i)).ToList();

        var (nodeRows, edgeRows) = await WriteAsync(new ExportGraph(nodes, edges));

        Assert.Equal(nodes.Select(n => n.Id), nodeRows.Skip(1).Select(r => r[0]));
        Assert.Equal(Enumerable.Range(1, 2999).Select(i => $"n{i:D5}"), edgeRows.Skip(1).Select(r => r[1]));
        Assert.Equal(Enumerable.Range(0, 2999).Select(i => $"e{i}"), edgeRows.Skip(1).Select(r => r[4]));
    }

    [Fact]
    public async Task Leaves_negative_numbers_alone()
    {
        var node = new ExportNode("n", "n") { Score = -0.5, Attributes = new Dictionary<string, object?> { ["delta"] = -3L, ["note"] = "-3" } };
        var graph = new ExportGraph([node], []) { NodeColumns = [new("delta", ExportValueType.Long), new("note", ExportValueType.String)] };

        var (nodes, _) = await WriteAsync(graph);

        var row = Row(nodes, 1);
        Assert.Equal(("-0.5", "-3", "'-3"), (row["score"], row["delta"], row["note"]));
    }

    [Fact]
    public async Task Quotes_per_rfc_4180_and_round_trips_hostile_text()
    {
        var (nodes, _) = await WriteAsync(SampleGraphs.Hostile(), new GephiCsvOptions { NeutralizeFormulas = false });

        var labels = nodes.Skip(1).Select(r => r[1]).ToHashSet();
        foreach (var (_, clean) in SampleGraphs.HostileTexts)
        {
            Assert.Contains(clean, labels);
        }
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 6", "'+33 6")]
    [InlineData("-x", "'-x")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=a,\"b\"", "\"'=a,\"\"b\"\"\"")]
    [InlineData("plain", "plain")]
    public void Escapes_a_text_cell(string value, string expected)
    {
        Assert.Equal(expected, CsvTable.Escape(value, isText: true, neutralizeFormulas: true));
    }

    private static async Task<(List<string[]> Nodes, List<string[]> Edges)> WriteAsync(ExportGraph graph, GephiCsvOptions? options = null)
    {
        using var nodes = new MemoryStream();
        using var edges = new MemoryStream();
        await GephiCsvWriter.WriteAsync(graph, nodes, edges, options);
        return (ReadRows(nodes.ToArray()), ReadRows(edges.ToArray()));
    }
}
