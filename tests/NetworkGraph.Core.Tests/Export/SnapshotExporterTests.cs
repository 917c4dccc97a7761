using System.Xml.Linq;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Tests.Reporting;
using Newtonsoft.Json;

namespace NetworkGraph.Core.Tests.Export;

public sealed class SnapshotExporterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ng-snapshot-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task Writes_each_format_under_the_snapshot_file_stem_and_leaves_no_partial_file()
    {
        var input = ReportFixtures.Input();
        var exporter = new SnapshotExporter();
        var files = new List<string>();
        foreach (var format in Enum.GetValues<SnapshotExportFormat>())
        {
            files.AddRange((await exporter.ExportAsync(input, format, _dir)).Files);
        }

        var stem = "snapshot-v2-0a1b2c3d4e5f";
        Assert.Equal(
            [".gexf", ".graphml", ".nodes.csv", ".edges.csv", ".membership.csv", ".neo4j-nodes.csv", ".neo4j-relationships.csv", ".report.html", ".report.md"],
            files.Select(f => Path.GetFileName(f)[stem.Length..]));
        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 100, f));
        Assert.Equal(files.Order(StringComparer.Ordinal), Directory.GetFiles(_dir).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Writes_every_format_well_formed_when_ids_texts_and_times_are_hostile()
    {
        const string Bad = "id\0\uFFFE\uD800<x>&\u202E\u200B=cmd";
        var input = ReportFixtures.Input();
        var accounts = input.Accounts.Select(a => a.Id == "az1"
            ? a with { Handle = Bad, Bio = Bad, Location = "", CreatedAt = DateTimeOffset.MinValue, Followers = -3, ObservedAt = DateTimeOffset.MaxValue }
            : a).ToList();
        var edges = input.Edges.Select((e, k) => k == 0
            ? e with { First = DateTimeOffset.MinValue, Last = DateTimeOffset.MaxValue, Evidence = [new("p\uD800", Bad, Bad)] }
            : e).Append(new SnapshotExportEdge("az1", "az2", "co_\uFFFEodd<kind>", -2) { MeanDtSeconds = -1, EvidenceCount = -1 }).ToList();
        var posts = input.Posts.Append(new(Bad, "az1", DateTimeOffset.MaxValue, Bad, Bad, NetworkGraph.Core.Model.PostKind.Original, null, null, [Bad], [Bad], [Bad]));
        var hostile = input with { Accounts = accounts, Edges = edges, Posts = [.. posts] };
        var exporter = new SnapshotExporter();

        foreach (var format in Enum.GetValues<SnapshotExportFormat>())
        {
            foreach (var file in (await exporter.ExportAsync(hostile, format, _dir)).Files.Where(f => f.EndsWith(".gexf", StringComparison.Ordinal) || f.EndsWith(".graphml", StringComparison.Ordinal)))
            {
                Assert.NotEmpty(XDocument.Load(file).Descendants());
            }
        }

        var html = await File.ReadAllTextAsync(Directory.GetFiles(_dir, "*.report.html").Single());
        Assert.DoesNotContain("<x>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_a_gexf_whose_nodes_carry_the_cluster_colour_and_hostile_labels_as_text()
    {
        var result = await new SnapshotExporter(new SnapshotExportOptions { AllLayers = true }).ExportAsync(ReportFixtures.Input(), SnapshotExportFormat.Gexf, _dir);
        XNamespace g = GexfWriter.Namespace;
        XNamespace viz = GexfWriter.VizNamespace;

        var doc = XDocument.Load(result.Files[0]);
        var hostile = doc.Descendants(g + "node").Single(n => (string?)n.Attribute("id") == ReportFixtures.HostileId);

        Assert.Equal("@" + ReportFixtures.Payload, (string?)hostile.Attribute("label"));
        Assert.Equal("dynamic", (string?)doc.Descendants(g + "graph").Single().Attribute("mode"));
        Assert.Equal((18, 12), (result.Summary!.Nodes, result.Summary.Edges));
        var color = ClusterPalette.ColorAt(0);
        Assert.Equal(color.R.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)hostile.Element(viz + "color")!.Attribute("r"));
    }

    [Theory]
    [InlineData(SnapshotExportFormat.Gexf)]
    [InlineData(SnapshotExportFormat.GraphMl)]
    public async Task Writes_one_edge_per_pair_among_the_flagged_networks_and_their_neighbours_by_default(SnapshotExportFormat format)
    {
        var input = ReportFixtures.Input();
        var all = await new SnapshotExporter(new SnapshotExportOptions { AllLayers = true }).ExportAsync(input, format, Path.Combine(_dir, "all"));

        var gephi = await new SnapshotExporter().ExportAsync(input, format, Path.Combine(_dir, "gephi"));

        var expected = PairGraph.Focus(SnapshotExportMapper.Map(input));
        Assert.Equal((expected.Nodes.Count, expected.Edges.Count), (gephi.Summary!.Nodes, gephi.Summary.Edges));
        Assert.True(gephi.Summary.Edges < all.Summary!.Edges, $"{gephi.Summary.Edges} pair edges, {all.Summary.Edges} layered ones");
        Assert.Equal([PairGraph.PairKind], gephi.Summary.EdgeKinds.Keys);
        Assert.Contains(PairGraph.KindsColumn, gephi.Summary.UsedEdgeColumns);
    }

    [Fact]
    public async Task Writes_the_same_bytes_twice_and_returns_the_demo_paths()
    {
        var exporter = new SnapshotExporter();
        var first = await exporter.WriteGexfAndReportAsync(ReportFixtures.Input(), Path.Combine(_dir, "a"));
        var second = await exporter.WriteGexfAndReportAsync(ReportFixtures.Input(), Path.Combine(_dir, "b"));

        Assert.Equal(await File.ReadAllBytesAsync(first.Gexf), await File.ReadAllBytesAsync(second.Gexf));
        Assert.Equal(await File.ReadAllBytesAsync(first.Html), await File.ReadAllBytesAsync(second.Html));
        Assert.Equal(await File.ReadAllBytesAsync(first.Markdown), await File.ReadAllBytesAsync(second.Markdown));
        Assert.EndsWith(".report.html", first.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_a_mapped_snapshot_sample_for_the_official_schema_and_the_readers()
    {
        var input = ReportFixtures.Input();
        var graph = SnapshotExportMapper.Map(input);
        var dir = ExportSampleFilesTests.SamplesDirectory;
        Directory.CreateDirectory(dir);
        const string name = "snapshot-mapped.gexf";
        ExportSummary summary;
        await using (var file = File.Create(Path.Combine(dir, name)))
        {
            summary = await GexfWriter.WriteAsync(graph, file);
        }

        // Sidecar in the shape scripts/check-exports.sh reads (see ExportSampleFilesTests).
        var sidecar = new
        {
            file = name,
            format = "gexf",
            nodes = summary.Nodes,
            edges = summary.Edges,
            nodeColumns = summary.NodeColumns,
            edgeColumns = summary.EdgeColumns,
            usedNodeColumns = summary.UsedNodeColumns,
            usedEdgeColumns = summary.UsedEdgeColumns,
            edgeKinds = summary.EdgeKinds,
            labels = graph.Nodes.ToDictionary(n => n.Id, n => n.Label),
            skip = new Dictionary<string, string>(),
        };
        await File.WriteAllTextAsync(Path.Combine(dir, name + ".expected.json"), JsonConvert.SerializeObject(sidecar, Formatting.Indented));

        Assert.Equal((18, 12), (summary.Nodes, summary.Edges));
        Assert.Contains("created_at", summary.UsedNodeColumns);
        Assert.Contains("first_at", summary.UsedEdgeColumns);
    }

    [Fact]
    public void Makes_a_file_stem_safe_from_any_snapshot_id()
    {
        var snapshot = ReportFixtures.Input().Snapshot with { Id = "../v1:é x" };

        Assert.Equal("snapshot-.._v1___x", SnapshotExporter.FileStem(snapshot));
    }
}
