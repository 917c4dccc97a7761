using System.Xml.Linq;
using NetworkGraph.Core.Export;
using static NetworkGraph.Core.Tests.Export.XmlTestHelpers;

namespace NetworkGraph.Core.Tests.Export;

public sealed class GraphMlWriterTests
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;

    [Fact]
    public async Task Declares_typed_keys_before_the_graph()
    {
        var doc = await WriteAsync(SampleGraphs.Coordination());

        var root = doc.Root!;
        Assert.Equal(G + "graphml", root.Name);
        var keys = root.Elements(G + "key").Select(k => $"{Attr(k, "id")}:{Attr(k, "for")}:{Attr(k, "attr.name")}:{Attr(k, "attr.type")}").ToList();
        Assert.Contains("n_label:node:label:string", keys);
        Assert.Contains("n_r:node:r:int", keys);
        Assert.Contains("n_x:node:x:float", keys);
        Assert.Contains("n_followers:node:followers:long", keys);
        Assert.Contains("n_rank:node:rank:int", keys);
        Assert.Contains("n_created_at:node:created_at:string", keys);
        Assert.Contains("e_weight:edge:weight:double", keys);
        Assert.Contains("e_evidence:edge:evidence:long", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("n_z:", StringComparison.Ordinal));
        Assert.Equal(G + "graph", root.Elements().Last().Name);
        Assert.Equal(G + "key", root.Elements().First().Name);
    }

    [Fact]
    public async Task Writes_nodes_and_parallel_edges_with_their_data()
    {
        var doc = await WriteAsync(SampleGraphs.Coordination());

        var graph = doc.Root!.Element(G + "graph")!;
        Assert.Equal("undirected", Attr(graph, "edgedefault"));
        Assert.Equal(6, graph.Elements(G + "node").Count());
        var edges = graph.Elements(G + "edge").ToList();
        Assert.Equal(5, edges.Count);
        var first = edges[0];
        Assert.Equal(("101", "102"), (Attr(first, "source"), Attr(first, "target")));
        Assert.Equal(new Dictionary<string, string> { ["e_kind"] = "co_hashtag", ["e_weight"] = "3", ["e_mean_dt_s"] = "600", ["e_evidence"] = "3" }, Data(first));
        var node = Data(graph.Elements(G + "node").First());
        Assert.Equal("@baku_news", node["n_label"]);
        Assert.Equal("BakuInitiative;FreeKanaky", node["n_hashtags"]);
    }

    [Fact]
    public async Task Keeps_hostile_text_readable_and_carriage_returns_intact()
    {
        var doc = await WriteAsync(SampleGraphs.Hostile());

        var labels = doc.Descendants(G + "node").Select(n => Data(n)["n_label"]).ToHashSet();
        foreach (var (_, clean) in SampleGraphs.HostileTexts)
        {
            Assert.Contains(clean, labels);
        }
    }

    [Fact]
    public async Task Writes_the_same_bytes_twice()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        await GraphMlWriter.WriteAsync(SampleGraphs.Coordination(), a);
        await GraphMlWriter.WriteAsync(SampleGraphs.Coordination(), b);

        Assert.Equal(a.ToArray(), b.ToArray());
    }

    private static async Task<XDocument> WriteAsync(ExportGraph graph)
    {
        using var ms = new MemoryStream();
        await GraphMlWriter.WriteAsync(graph, ms);
        return Parse(ms.ToArray());
    }

    private static Dictionary<string, string> Data(XElement e) => e.Elements(G + "data").ToDictionary(d => Attr(d, "key"), d => d.Value);
}
