using System.Globalization;
using System.Xml.Linq;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Pipeline;

[Collection(SerialCliCollection.Name)]
public sealed class AnalysisPipelineShareTableTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-analysis-shares-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Analyses_a_multi_platform_share_table_into_clusters_whose_kinds_reach_the_snapshot_exports_and_neo4j_push()
    {
        var db = Path.Combine(_dir, "s.db");
        var csv = Path.Combine(_dir, "shares.csv");
        await File.WriteAllLinesAsync(csv, ["object_id,account_id,content_id,timestamp_share,object_kind", .. Rows()]);

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["ingest", csv, "--db", db]));
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["analyze", "--db", db]));
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["export", "gexf", "--db", db, "--out", _dir, "--kinds", "co-image", "--all-layers"]));

        await using var store = SqliteStore.Open(db);
        var snapshot = (await new SnapshotRepository(store).LoadLatestAsync(CancellationToken.None))!;
        Assert.Contains("co-image", snapshot.Parameters["kinds"].Split(','));
        Assert.Contains("co-share", snapshot.Parameters["kinds"].Split(','));
        var cluster = Assert.Single(snapshot.Clusters, c => c.Members.Contains("fb_0"));
        Assert.Contains("(platforms: fb 4, tw 4)", cluster.Report.Narrative, StringComparison.Ordinal);

        XNamespace g = "http://gexf.net/1.3";
        var gexf = XDocument.Load(Directory.EnumerateFiles(_dir, "*.gexf").Single(f => !f.EndsWith(".amplification.gexf", StringComparison.Ordinal)));
        Assert.NotEmpty(gexf.Descendants(g + "edge"));
        Assert.All(gexf.Descendants(g + "edge"), e => Assert.Equal("co_image", (string?)e.Attribute("kind")));

        var pushed = CoordinationRelationships.From((await CoordinationRunEdges.ReadAsync(store, snapshot.Id, CancellationToken.None)).Layers);
        Assert.Equal(["co_image", "co_share"], pushed.Where(r => r.Type == CoordinationType.Share).Select(r => r.Kind).Distinct().Order());
    }

    /// <summary>Eight accounts on two platforms sharing the same images and objects seconds apart, thirty times.</summary>
    private static IEnumerable<string> Rows()
    {
        var accounts = Enumerable.Range(0, 8).Select(a => (a % 2 == 0 ? "fb_" : "tw_") + a.ToString(CultureInfo.InvariantCulture)).ToArray();
        for (var o = 0; o < 30; o++)
        {
            var kind = o % 2 == 0 ? "image" : string.Empty;
            foreach (var (account, i) in accounts.Select((a, i) => (a, i)))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"obj{o},{account},{account}-{o},{1_650_000_000 + (o * 3600) + i},{kind}");
            }
        }
    }
}
