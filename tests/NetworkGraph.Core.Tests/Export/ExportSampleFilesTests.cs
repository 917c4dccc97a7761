using NetworkGraph.Core.Export;
using Newtonsoft.Json;

namespace NetworkGraph.Core.Tests.Export;

/// <summary>
/// Writes sample GEXF and GraphML files, each with a <c>FILE.expected.json</c> sidecar, for scripts/check-exports.sh
/// to validate against the official schema and read back with networkx and graphology. The folder is
/// NG_EXPORT_SAMPLES_DIR, else networkgraph-export-samples under the temp folder.
/// </summary>
public sealed class ExportSampleFilesTests
{
    private const string NetworkxHex = "networkx's read_gexf reads viz:color r/g/b only and fails on hex";
    private const string NetworkxDateTime = "networkx's read_gexf has no parser for timeformat dateTime";

    public static string SamplesDirectory =>
        Environment.GetEnvironmentVariable("NG_EXPORT_SAMPLES_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Path.GetTempPath(), "networkgraph-export-samples");

    [Fact]
    public async Task Writes_the_sample_gexf_files_with_their_expected_counts()
    {
        var coordination = SampleGraphs.Coordination();
        var flagged = new ExportFilter { FlaggedClustersOnly = true, MinWeight = 5 }.Apply(coordination);
        var accountLabels = Labels(coordination);
        var hostileLabels = SampleGraphs.HostileTexts.Select((t, i) => ($"h{i}-{t.Clean}", t.Clean)).ToDictionary(p => p.Item1, p => p.Item2);

        var all = await WriteGexfAsync("coordination.gexf", coordination, new GexfOptions(), accountLabels);
        var some = await WriteGexfAsync("coordination-flagged.gexf", flagged, new GexfOptions(), Labels(flagged));
        var precise = await WriteGexfAsync(
            "coordination-hex-datetime.gexf", coordination, new GexfOptions { ColorFormat = GexfColorFormat.Hex, TimeFormat = GexfTimeFormat.DateTime },
            accountLabels, new Dictionary<string, string> { ["networkx"] = $"{NetworkxHex}; {NetworkxDateTime}" });
        var hostile = await WriteGexfAsync("hostile.gexf", SampleGraphs.Hostile(), new GexfOptions(), hostileLabels);
        var empty = await WriteGexfAsync("empty.gexf", new ExportGraph([], []), new GexfOptions(), []);
        var pairs = PairGraph.Focus(coordination);
        var gephi = await WriteGexfAsync("coordination-pairs.gexf", pairs, new GexfOptions(), Labels(pairs));

        Assert.Equal((6, 5), (all.Nodes, all.Edges));
        Assert.Equal((3, 2), (some.Nodes, some.Edges));
        Assert.Equal((6, 5), (precise.Nodes, precise.Edges));
        Assert.Equal((10, 9), (hostile.Nodes, hostile.Edges));
        Assert.Equal((0, 0), (empty.Nodes, empty.Edges));
        Assert.Equal((4, 3), (gephi.Nodes, gephi.Edges));
        Assert.Equal(15, all.NodeColumns.Count + all.EdgeColumns.Count);
        Assert.True(File.Exists(Path.Combine(SamplesDirectory, "hostile.gexf.expected.json")));
    }

    [Fact]
    public async Task Writes_the_sample_graphml_files_with_their_expected_counts()
    {
        var coordination = SampleGraphs.Coordination();
        var hostileLabels = SampleGraphs.HostileTexts.Select((t, i) => ($"h{i}-{t.Clean}", t.Clean)).ToDictionary(p => p.Item1, p => p.Item2);

        var all = await WriteGraphMlAsync("coordination.graphml", coordination, Labels(coordination));
        var hostile = await WriteGraphMlAsync("hostile.graphml", SampleGraphs.Hostile(), hostileLabels);
        var pairs = PairGraph.Focus(coordination);
        var gephi = await WriteGraphMlAsync("coordination-pairs.graphml", pairs, Labels(pairs));

        Assert.Equal((6, 5), (all.Nodes, all.Edges));
        Assert.Equal((4, 3), (gephi.Nodes, gephi.Edges));
        Assert.Equal((10, 9), (hostile.Nodes, hostile.Edges));
    }

    // The sample accounts' ids and labels are clean text, so what was given is what a reader must get back.
    private static Dictionary<string, string> Labels(ExportGraph graph) => graph.Nodes.ToDictionary(n => n.Id, n => n.Label);

    private static async Task<ExportSummary> WriteGexfAsync(
        string name, ExportGraph graph, GexfOptions options, Dictionary<string, string> labels, Dictionary<string, string>? skip = null)
    {
        Directory.CreateDirectory(SamplesDirectory);
        ExportSummary summary;
        await using (var file = File.Create(Path.Combine(SamplesDirectory, name)))
        {
            summary = await GexfWriter.WriteAsync(graph, file, options);
        }

        await WriteSidecarAsync(name, "gexf", summary, labels, skip);
        return summary;
    }

    private static async Task<ExportSummary> WriteGraphMlAsync(string name, ExportGraph graph, Dictionary<string, string> labels)
    {
        Directory.CreateDirectory(SamplesDirectory);
        ExportSummary summary;
        await using (var file = File.Create(Path.Combine(SamplesDirectory, name)))
        {
            summary = await GraphMlWriter.WriteAsync(graph, file);
        }

        await WriteSidecarAsync(name, "graphml", summary, labels, null);
        return summary;
    }

    private static async Task WriteSidecarAsync(
        string name, string format, ExportSummary summary, IEnumerable<KeyValuePair<string, string>> labels, Dictionary<string, string>? skip)
    {
        var sidecar = new
        {
            file = name,
            format,
            nodes = summary.Nodes,
            edges = summary.Edges,
            nodeColumns = summary.NodeColumns,
            edgeColumns = summary.EdgeColumns,
            usedNodeColumns = summary.UsedNodeColumns,
            usedEdgeColumns = summary.UsedEdgeColumns,
            edgeKinds = summary.EdgeKinds,
            labels = labels.ToDictionary(l => l.Key, l => l.Value),
            skip = skip ?? [],
        };
        await File.WriteAllTextAsync(Path.Combine(SamplesDirectory, name + ".expected.json"), JsonConvert.SerializeObject(sidecar, Formatting.Indented));
    }
}
