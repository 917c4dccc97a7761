using NetworkGraph.Core.Export;
using static NetworkGraph.Core.Tests.Export.CsvTestHelpers;

namespace NetworkGraph.Core.Tests.Export;

public sealed class MembershipCsvWriterTests
{
    [Fact]
    public async Task Writes_one_row_per_clustered_account_by_cluster_then_id()
    {
        using var ms = new MemoryStream();
        var count = await MembershipCsvWriter.WriteAsync(SampleGraphs.Coordination(), ms);

        var rows = ReadRows(ms.ToArray());
        Assert.Equal(5, count);
        Assert.Equal(["account_id", "handle", "cluster_id", "score", "flagged"], rows[0]);
        Assert.Equal(["101", "baku_news", "1", "0.92", "true"], rows[1]);
        Assert.Equal(["105", "random_reader", "2", "0.35", "false"], rows[5]);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public async Task Neutralises_formulas_in_text_cells()
    {
        var graph = new ExportGraph([new ExportNode("=cmd", "@@evil") { Cluster = "+1", Score = -1 }], []);
        using var ms = new MemoryStream();
        await MembershipCsvWriter.WriteAsync(graph, ms);

        Assert.Equal(["'=cmd", "'@evil", "'+1", "-1", "false"], ReadRows(ms.ToArray())[1]);
    }
}
