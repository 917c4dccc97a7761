using System.Text;
using NetworkGraph.Analysis.IO;
using NetworkGraph.Analysis.Tests.Support;

namespace NetworkGraph.Analysis.Tests.IO;

public sealed class EdgeListReaderTests
{
    private static Task<EdgeList> Read(string text, int blockSize = 1 << 20, int threads = 2) =>
        EdgeListReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "edges.txt", threads, blockSize, CancellationToken.None);

    [Fact]
    public async Task Reads_three_and_two_column_lines_comments_tabs_and_crlf()
    {
        var edges = await Read("# u v w\r\n0 1 2.5\r\n\r\n1\t2\n  % note\n2 3 1e-3\n3 0 .5");

        Assert.Equal([0, 1, 2, 3], edges.Sources);
        Assert.Equal([1, 2, 3, 0], edges.Targets);
        Assert.Equal([2.5, 1.0, 0.001, 0.5], edges.Weights);
        Assert.Equal(4, edges.NodeCount);
    }

    [Fact]
    public async Task Gives_the_same_edges_whatever_the_block_size_and_thread_count()
    {
        var graph = TestGraph.Random(5, 500, 0.5, 3, messy: false);
        var text = string.Join("\n", graph.Edges.Select(e => $"{e.U} {e.V} {e.W.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));

        var whole = await Read(text, threads: 1);
        foreach (var (block, threads) in new[] { (7, 1), (64, 2), (1000, 2) })
        {
            var pieces = await Read(text, block, threads);

            Assert.Equal(whole.Sources, pieces.Sources);
            Assert.Equal(whole.Targets, pieces.Targets);
            Assert.Equal(whole.Weights, pieces.Weights);
        }

        Assert.Equal(graph.Edges.Select(e => e.W), whole.Weights);
    }

    [Theory]
    [InlineData("0 1 1\n2 x 1\n", 2, "target")]
    [InlineData("0 1 1\n1 2 1\n-3 4\n", 3, "source")]
    [InlineData("0 1 -2\n", 1, "weight")]
    [InlineData("0 1 abc\n", 1, "weight")]
    [InlineData("0 1 1 9\n", 1, "line")]
    [InlineData("# header\n7\n", 2, "target")]
    [InlineData("0 99999999999 1\n", 1, "target")]
    public async Task Names_the_file_line_and_field_of_a_bad_line(string text, int line, string field)
    {
        foreach (var block in new[] { 4, 1 << 20 })
        {
            var error = await Assert.ThrowsAsync<EdgeListFormatException>(() => Read(text, block));

            Assert.Equal(line, error.Line);
            Assert.Equal(field, error.Field);
            Assert.StartsWith($"edges.txt, line {line}, field '{field}'", error.Message);
        }
    }

    [Fact]
    public async Task Round_trips_through_the_writer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ng-edges-{Guid.NewGuid():N}.txt");
        try
        {
            var edges = new EdgeList([0, 5, 2], [1, 2, 2], [0.1, 1e-7, 123456.789]);
            await EdgeListWriter.WriteAsync(path, edges);

            var back = await EdgeListReader.ReadAsync(path);

            Assert.Equal(edges.Sources, back.Sources);
            Assert.Equal(edges.Targets, back.Targets);
            Assert.Equal(edges.Weights, back.Weights);
            Assert.Equal(6, back.NodeCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Writes_one_node_community_line_per_node()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ng-members-{Guid.NewGuid():N}.txt");
        try
        {
            await EdgeListWriter.WriteMembershipAsync(path, [2, 0, 1]);

            Assert.Equal("0 2\n1 0\n2 1\n", await File.ReadAllTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
