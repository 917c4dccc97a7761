using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Tests.Export;

public sealed class GexfValidationTests
{
    private static readonly ExportNode A = new("a", "@a");
    private static readonly ExportNode B = new("b", "@b");

    [Fact]
    public async Task Rejects_an_edge_to_an_unknown_node_and_names_it()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Write(new ExportGraph([A], [new("a", "zz", "co_retweet", 1)])));
        Assert.Contains("'a'-'zz'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_duplicate_node_ids()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Write(new ExportGraph([A, A with { Label = "other" }], [])));
        Assert.Contains("'a' appears twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_ids_that_collide_once_sanitised()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Write(new ExportGraph([new("x\u0001", "1"), new("x", "2")], [])));
    }

    [Fact]
    public async Task Rejects_two_undirected_edges_of_one_kind_between_the_same_nodes()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Write(new ExportGraph([A, B], [new("a", "b", "k", 1), new("b", "a", "k", 2)])));
    }

    [Fact]
    public async Task Accepts_opposite_edges_of_one_kind_in_a_directed_graph()
    {
        var summary = await Write(new ExportGraph([A, B], [new("a", "b", "k", 1), new("b", "a", "k", 2)]) { Directed = true });
        Assert.Equal(2, summary.Edges);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public async Task Rejects_a_weight_that_is_not_finite(double weight)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Write(new ExportGraph([A, B], [new("a", "b", "k", weight)])));
        Assert.Contains("weight", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_an_undeclared_attribute()
    {
        var node = A with { Attributes = new Dictionary<string, object?> { ["nope"] = "x" } };
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Write(new ExportGraph([node], [])));
        Assert.Contains("'nope' is not a declared column", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_value_of_the_wrong_type_and_names_node_and_column()
    {
        var node = A with { Attributes = new Dictionary<string, object?> { ["followers"] = "12" } };
        var graph = new ExportGraph([node], []) { NodeColumns = [new("followers", ExportValueType.Long)] };
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Write(graph));
        Assert.Equal("Node 'a': column 'followers' expects Long but got String.", ex.Message);
    }

    [Theory]
    [InlineData("label")]
    [InlineData("Weight")]
    [InlineData("cluster")]
    [InlineData("has space")]
    [InlineData("a:b")]
    [InlineData("")]
    public async Task Rejects_a_reserved_or_malformed_column_id(string id)
    {
        var graph = new ExportGraph([A], []) { NodeColumns = [new(id, ExportValueType.String)] };
        await Assert.ThrowsAsync<ArgumentException>(() => Write(graph));
    }

    [Fact]
    public async Task Rejects_a_spell_that_ends_before_it_starts()
    {
        var t = SampleGraphs.Day1;
        var node = A with { Spells = [new(t, t.AddDays(-1))] };
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Write(new ExportGraph([node], [])));
        Assert.Contains("Node 'a': spell ends", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_the_first_problem_in_input_order_whatever_the_edges_order()
    {
        // More than 16 edges, so the edges are ordered by an unstable sort; edge 35 repeats edge 30 and edge 38 edge 5, and
        // edge 39 has an unknown end: checked one by one, edge 35 fails first.
        var nodes = Enumerable.Range(0, 40).Select(i => new ExportNode($"n{i:D2}", "x")).Prepend(A).ToList();
        var edges = Enumerable.Range(0, 40).Select(i => new ExportEdge("a", $"n{i:D2}", "k", 1)).ToList();
        edges[35] = new ExportEdge($"n30", "a", "k", 2);
        edges[38] = new ExportEdge("a", "n05", "k", 3);
        edges[39] = new ExportEdge("a", "zz", "k", 4);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Write(new ExportGraph(nodes, edges)));

        Assert.StartsWith("Edge 'n30'-'a' (k): two edges join the same nodes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_a_missing_end_before_a_later_repeated_pair_and_a_null_end_as_missing()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            Write(new ExportGraph([A, B], [new("a", "b", "k", 1), new("a", null!, "k", 1), new("b", "a", "k", 1)])));
        Assert.Equal("Edge 'a'-'' (k): both ends must be nodes of the graph. (Parameter 'graph')", ex.Message);
    }

    [Fact]
    public async Task Rejects_two_directed_edges_of_one_kind_the_same_way_and_two_edges_with_one_id()
    {
        var repeated = await Assert.ThrowsAsync<ArgumentException>(() =>
            Write(new ExportGraph([A, B], [new("a", "b", "k", 1), new("a", "b", "k", 2)]) { Directed = true }));
        Assert.Contains("two edges join the same nodes", repeated.Message, StringComparison.Ordinal);
        var shared = await Assert.ThrowsAsync<ArgumentException>(() =>
            Write(new ExportGraph([A, B], [new("a", "b", "k", 1) { Id = "x" }, new("a", "b", "j", 2) { Id = "x" }])));
        Assert.StartsWith("Two edges share an id.", shared.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_reversed_edge_spell_only_where_spells_are_written()
    {
        var t = SampleGraphs.Day1;
        var graph = new ExportGraph([A, B], [new("a", "b", "k", 1) { Spells = [new(t, t.AddDays(-1))] }]);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Write(graph));
        Assert.StartsWith("Edge 'e0': spell ends", ex.Message, StringComparison.Ordinal);
        using var quiet = new MemoryStream();
        Assert.Equal(1, (await GexfWriter.WriteAsync(graph, quiet, new GexfOptions { WriteSpells = false })).Edges);
        using var graphMl = new MemoryStream();
        Assert.Equal(1, (await GraphMlWriter.WriteAsync(graph, graphMl)).Edges);
    }

    [Fact]
    public async Task Writes_nothing_when_the_graph_is_rejected()
    {
        using var ms = new MemoryStream();
        await Assert.ThrowsAsync<ArgumentException>(() => GexfWriter.WriteAsync(new ExportGraph([A, A], []), ms));
        Assert.Equal(0, ms.Length);
    }

    [Fact]
    public async Task Stops_when_cancelled()
    {
        using var ms = new MemoryStream();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => GexfWriter.WriteAsync(new ExportGraph([A], []), ms, ct: cts.Token));
    }

    private static async Task<ExportSummary> Write(ExportGraph graph)
    {
        using var ms = new MemoryStream();
        return await GexfWriter.WriteAsync(graph, ms);
    }
}
