using System.Xml.Linq;
using NetworkGraph.Core.Export;
using static NetworkGraph.Core.Tests.Export.XmlTestHelpers;

namespace NetworkGraph.Core.Tests.Export;

public sealed class GexfWriterTests
{
    [Fact]
    public async Task Writes_gexf_1_3_with_attributes_before_nodes_before_edges_and_counts()
    {
        var doc = await GexfAsync(SampleGraphs.Coordination());

        var root = doc.Root!;
        Assert.Equal(Gexf + "gexf", root.Name);
        Assert.Equal("1.3", Attr(root, "version"));
        Assert.Equal(GexfWriter.VizNamespace, root.GetNamespaceOfPrefix("viz")?.NamespaceName);
        var graph = root.Element(Gexf + "graph")!;
        Assert.Equal("undirected", Attr(graph, "defaultedgetype"));
        var order = graph.Elements().Select(e => e.Name.LocalName + ":" + ((string?)e.Attribute("class") ?? "")).ToArray();
        Assert.Equal(["attributes:node", "attributes:edge", "nodes:", "edges:"], order);
        Assert.Equal("6", Attr(graph.Element(Gexf + "nodes")!, "count"));
        Assert.Equal(6, graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").Count());
        Assert.Equal("5", Attr(graph.Element(Gexf + "edges")!, "count"));
        Assert.Equal(5, graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").Count());
    }

    [Fact]
    public async Task Declares_every_column_with_its_gexf_type()
    {
        var doc = await GexfAsync(SampleGraphs.Coordination());

        var declared = doc.Descendants(Gexf + "attributes")
            .SelectMany(a => a.Elements(Gexf + "attribute").Select(e => $"{Attr(a, "class")}:{Attr(e, "id")}:{Attr(e, "title")}:{Attr(e, "type")}"))
            .ToArray();
        Assert.Equal(
        [
            "node:cluster:cluster:string", "node:score:score:double", "node:flagged:flagged:boolean",
            "node:language:language:string", "node:location:location:string", "node:created_at:created_at:string",
            "node:followers:followers:long", "node:following:following:long", "node:posts:posts:long",
            "node:hashtags:hashtags:liststring", "node:ratio:ratio:float", "node:rank:rank:integer",
            "edge:mean_dt_s:mean_dt_s:double", "edge:evidence:evidence:long", "edge:shared_urls:shared_urls:integer",
        ], declared);
    }

    [Fact]
    public async Task Writes_typed_values_invariantly_and_leaves_missing_values_out()
    {
        var doc = await GexfAsync(SampleGraphs.Coordination());

        var first = Node(doc, "101");
        Assert.Equal("@baku_news", Attr(first, "label"));
        var values = Values(first);
        Assert.Equal("1", values["cluster"]);
        Assert.Equal("0.92", values["score"]);
        Assert.Equal("true", values["flagged"]);
        Assert.Equal("2020-01-02T03:04:05Z", values["created_at"]);
        Assert.Equal("12000", values["followers"]);
        Assert.Equal("[\"BakuInitiative\", \"FreeKanaky\"]", values["hashtags"]);
        Assert.Equal("0", values["ratio"]);
        var quiet = Values(Node(doc, "106"));
        Assert.Equal(["created_at", "flagged", "posts", "rank"], quiet.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("false", quiet["flagged"]);
    }

    [Fact]
    public async Task Writes_edges_in_canonical_order_numbering_those_without_an_id_past_the_ids_edges_bring()
    {
        ExportNode[] nodes = [new("a", "@a"), new("b", "@b"), new("c", "@c")];
        ExportEdge[] edges = [new("b", "c", "k", 1), new("a", "c", "k", 2), new("a", "b", "k", 3) { Id = "e0" }, new("a", "b", "j", 4)];

        var doc = await GexfAsync(new ExportGraph(nodes, edges));

        var written = doc.Descendants(Gexf + "edge").Select(e => $"{Attr(e, "source")}-{Attr(e, "target")} {Attr(e, "kind")} {Attr(e, "id")}");
        Assert.Equal(["a-b j e1", "a-b k e0", "a-c k e2", "b-c k e3"], written);
    }

    [Fact]
    public async Task Writes_parallel_edges_with_kind_and_double_weight()
    {
        var doc = await GexfAsync(SampleGraphs.Coordination());

        var pair = doc.Descendants(Gexf + "edge").Where(e => Attr(e, "source") == "101" && Attr(e, "target") == "102").ToList();
        Assert.Equal(["co_hashtag", "co_retweet"], pair.Select(e => Attr(e, "kind")).ToArray());
        Assert.Equal(["3", "14"], pair.Select(e => Attr(e, "weight")).ToArray());
        Assert.Equal(["e0", "e1"], pair.Select(e => Attr(e, "id")).ToArray());
        var third = doc.Descendants(Gexf + "edge").Single(e => Attr(e, "kind") == "copy_paste");
        Assert.Equal("1.5", Attr(third, "weight"));
        Assert.Equal(new Dictionary<string, string> { ["mean_dt_s"] = "3600", ["evidence"] = "2" }, Values(third));
    }

    [Fact]
    public async Task Colours_nodes_by_cluster_with_rgb_and_no_alpha()
    {
        var doc = await GexfAsync(SampleGraphs.Coordination());

        var colors = doc.Descendants(Viz + "color").ToList();
        Assert.Equal(6, colors.Count);
        Assert.All(colors, c => Assert.Null(c.Attribute("a")));
        Assert.Equal(Rgb(Node(doc, "101")), Rgb(Node(doc, "102")));
        Assert.NotEqual(Rgb(Node(doc, "101")), Rgb(Node(doc, "104")));
        var grey = ClusterPalette.Unclustered;
        Assert.Equal($"{grey.R},{grey.G},{grey.B}", Rgb(Node(doc, "106")));
    }

    [Fact]
    public async Task Writes_hex_colours_when_asked()
    {
        var doc = await GexfAsync(SampleGraphs.Coordination(), new GexfOptions { ColorFormat = GexfColorFormat.Hex });

        var color = Node(doc, "106").Element(Viz + "color")!;
        Assert.Equal("#a0a0a0", Attr(color, "hex"));
        Assert.Null(color.Attribute("r"));
        Assert.Null(color.Attribute("a"));
    }

    [Fact]
    public async Task Sizes_nodes_by_score_or_degree_within_the_configured_range()
    {
        var byScore = await GexfAsync(SampleGraphs.Coordination());
        var byDegree = await GexfAsync(SampleGraphs.Coordination(), new GexfOptions { Visuals = new ExportVisuals { SizeBy = NodeSizing.Degree, MinNodeSize = 1, MaxNodeSize = 10 } });

        Assert.Equal("24", Size(byScore, "101"));
        Assert.Equal("4", Size(byScore, "105"));
        Assert.Equal("4", Size(byScore, "106"));
        Assert.Equal("10", Size(byDegree, "102"));
        Assert.Equal("1", Size(byDegree, "106"));
        Assert.Equal("4", Size(byDegree, "105"));
    }

    [Fact]
    public async Task Writes_positions_only_where_given_and_only_when_enabled()
    {
        var with = await GexfAsync(SampleGraphs.Coordination());
        var without = await GexfAsync(SampleGraphs.Coordination(), new GexfOptions { WritePositions = false });

        var p = Node(with, "103").Element(Viz + "position")!;
        Assert.Equal(("20", "-11"), (Attr(p, "x"), Attr(p, "y")));
        Assert.Equal(("0", "0"), (Attr(Node(with, "101").Element(Viz + "position")!, "x"), Attr(Node(with, "101").Element(Viz + "position")!, "y")));
        Assert.Null(Node(with, "105").Element(Viz + "position"));
        Assert.Empty(without.Descendants(Viz + "position"));
    }

    [Fact]
    public async Task Writes_merged_day_spells_on_a_dynamic_interval_graph()
    {
        var doc = await GexfAsync(SampleGraphs.Coordination());

        var graph = doc.Root!.Element(Gexf + "graph")!;
        Assert.Equal(("dynamic", "date", "interval"), (Attr(graph, "mode"), Attr(graph, "timeformat"), Attr(graph, "timerepresentation")));
        var spells = Node(doc, "101").Descendants(Gexf + "spell").Select(s => $"{Attr(s, "start")}..{Attr(s, "end")}").ToArray();
        Assert.Equal(["2024-03-01..2024-03-05"], spells);
        Assert.Empty(Node(doc, "106").Descendants(Gexf + "spells"));
        var edgeSpell = doc.Descendants(Gexf + "edge").First().Descendants(Gexf + "spell").Single();
        Assert.Equal(("2024-03-02", "2024-03-03"), (Attr(edgeSpell, "start"), Attr(edgeSpell, "end")));
    }

    [Fact]
    public async Task Writes_date_time_spells_when_asked()
    {
        var doc = await GexfAsync(SampleGraphs.Coordination(), new GexfOptions { TimeFormat = GexfTimeFormat.DateTime });

        Assert.Equal("dateTime", Attr(doc.Root!.Element(Gexf + "graph")!, "timeformat"));
        var spell = doc.Descendants(Gexf + "edge").First().Descendants(Gexf + "spell").Single();
        Assert.Equal(("2024-03-02T09:30:00Z", "2024-03-02T14:30:00Z"), (Attr(spell, "start"), Attr(spell, "end")));
    }

    [Fact]
    public async Task Writes_a_static_graph_without_time_attributes_when_nothing_has_spells()
    {
        var doc = await GexfAsync(SampleGraphs.Coordination(), new GexfOptions { WriteSpells = false });

        var graph = doc.Root!.Element(Gexf + "graph")!;
        Assert.Equal("static", Attr(graph, "mode"));
        Assert.Null(graph.Attribute("timeformat"));
        Assert.Empty(doc.Descendants(Gexf + "spells"));
    }

    [Fact]
    public async Task Writes_the_same_bytes_for_the_same_graph_in_any_order()
    {
        var graph = SampleGraphs.Coordination();
        var shuffled = graph with { Nodes = graph.Nodes.Reverse().ToList(), Edges = graph.Edges.Reverse().ToList() };

        var a = await GexfBytesAsync(graph);
        var b = await GexfBytesAsync(graph);
        var c = await GexfBytesAsync(shuffled);

        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.False(a.AsSpan().StartsWith("\uFEFF"u8), "no byte order mark");
    }

    [Fact]
    public async Task Writes_an_empty_graph_with_empty_nodes_and_edges()
    {
        var doc = await GexfAsync(new ExportGraph([], []));

        var graph = doc.Root!.Element(Gexf + "graph")!;
        Assert.Equal("0", Attr(graph.Element(Gexf + "nodes")!, "count"));
        Assert.Equal("0", Attr(graph.Element(Gexf + "edges")!, "count"));
    }

    [Fact]
    public async Task Writes_meta_with_creator_description_and_date()
    {
        var doc = await GexfAsync(SampleGraphs.Coordination());

        var meta = doc.Root!.Element(Gexf + "meta")!;
        Assert.Equal("2024-03-31", Attr(meta, "lastmodifieddate"));
        Assert.Equal("NetworkGraph", (string?)meta.Element(Gexf + "creator"));
        Assert.Equal("Snapshot 2024-03 (test)", (string?)meta.Element(Gexf + "description"));
    }

    private static XElement Node(XDocument doc, string id) => doc.Descendants(Gexf + "node").Single(n => Attr(n, "id") == id);

    private static Dictionary<string, string> Values(XElement e) =>
        e.Descendants(Gexf + "attvalue").ToDictionary(v => Attr(v, "for"), v => Attr(v, "value"));

    private static string Rgb(XElement node)
    {
        var c = node.Element(Viz + "color")!;
        return $"{Attr(c, "r")},{Attr(c, "g")},{Attr(c, "b")}";
    }

    private static string Size(XDocument doc, string id) => Attr(Node(doc, id).Element(Viz + "size")!, "value");
}
