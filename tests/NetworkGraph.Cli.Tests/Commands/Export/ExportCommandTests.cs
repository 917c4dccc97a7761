using System.Text;
using System.Xml.Linq;
using NetworkGraph.Cli.Commands.Export;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;
using NetworkGraph.TestSupport;

namespace NetworkGraph.Cli.Tests.Commands.Export;

[Collection(SerialCliCollection.Name)]
public sealed class ExportCommandTests : IDisposable
{
    private const string Payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Exports_the_latest_snapshot_as_a_filtered_gexf()
    {
        var db = await StoreAsync();
        var output = Path.Combine(_dir, "out");

        var code = await CliApplication.RunAsync(["export", "gexf", "--db", db, "--out", output, "--flagged-only", "--kinds", "co-tweet", "--min-weight", "2", "--all-layers"]);

        Assert.Equal(ExitCodes.Success, code);
        XNamespace g = "http://gexf.net/1.3";
        var doc = XDocument.Load(Path.Combine(output, "snapshot-v1-test.gexf"));
        Assert.Equal(["u1", "u2", "u3"], doc.Descendants(g + "node").Select(n => (string)n.Attribute("id")!));
        Assert.Equal(3, doc.Descendants(g + "edge").Count());
        Assert.All(doc.Descendants(g + "edge"), e => Assert.Equal("co_tweet", (string?)e.Attribute("kind")));
        Assert.Equal("@" + Payload, (string?)doc.Descendants(g + "node").Single(n => (string?)n.Attribute("id") == "u2").Attribute("label"));
    }

    [Fact]
    public async Task Exports_one_coordination_edge_per_account_pair_by_default()
    {
        var db = await StoreAsync();
        var output = Path.Combine(_dir, "pairs");

        var code = await CliApplication.RunAsync(["export", "gexf", "--db", db, "--out", output]);

        Assert.Equal(ExitCodes.Success, code);
        XNamespace g = "http://gexf.net/1.3";
        var edges = XDocument.Load(Path.Combine(output, "snapshot-v1-test.gexf")).Descendants(g + "edge").ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Equal("coordination", (string?)e.Attribute("kind")));
        Assert.Equal(edges.Count, edges.Select(e => ((string?)e.Attribute("source"), (string?)e.Attribute("target"))).Distinct().Count());
    }

    [Fact]
    public async Task Exports_the_report_with_the_evidence_read_from_the_store()
    {
        var html = await ExportReportAsync(await StoreAsync());

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("copy that text now", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "report", "snapshot-v1-test.report.md")));
    }

    [Fact]
    public async Task The_report_counts_the_posts_and_shares_of_the_whole_collection_and_of_the_clustered_accounts()
    {
        var db = await StoreAsync();
        var shares = Path.Combine(_dir, "shares.csv");
        await File.WriteAllTextAsync(shares, "object_id,account_id,content_id,timestamp_share\nurl_1,u1,s1,1715760000\nurl_1,fb_9,s2,1715760010\nurl_2,tw_8,s3,1715760020\nurl_2,u2,s4,1715760030\n");
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["ingest", shares, "--db", db]));

        var html = await ExportReportAsync(db);

        Assert.Contains(">Posts in the collection</div><div class=\"v\">7<", html, StringComparison.Ordinal);
        Assert.Contains(">Posts by clustered accounts</div><div class=\"v\">7 (100% of the collection)<", html, StringComparison.Ordinal);
        Assert.Contains(">Shares in the collection</div><div class=\"v\">4<", html, StringComparison.Ordinal);
        Assert.Contains(">Shares by clustered accounts</div><div class=\"v\">2 (50% of the collection)<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_the_post_count_of_an_account_outside_every_cluster_not_zero()
    {
        // A copy-pasting trio (one cluster) and a copy-pasting pair below the minimum cluster size, 4 posts each.
        var input = RepositoryPaths.Combine("tests", "fixtures", "real-data", "pair-outside-clusters_tweets_csv_hashed.csv");
        var db = Path.Combine(_dir, "pair.db");
        var output = Path.Combine(_dir, "csv");
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["ingest", input, "--db", db]));
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["analyze", "--db", db]));

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["export", "csv", "--db", db, "--out", output]));

        var rows = CsvText.Parse(await File.ReadAllTextAsync(Directory.GetFiles(output, "*.nodes.csv").Single()));
        var posts = rows[0].IndexOf("posts");
        var cluster = rows[0].IndexOf("cluster");
        var byId = rows.Skip(1).Where(r => r.Count > 1).ToDictionary(r => r[0], r => (Cluster: r[cluster], Posts: r[posts]), StringComparer.Ordinal);
        Assert.Equal(("", "4"), byId["pair1"]);
        Assert.Equal(("", "4"), byId["pair2"]);
        Assert.Equal("4", byId["trio1"].Posts);
    }

    [Theory]
    [InlineData("--kinds", "co-bogus")]
    [InlineData("--snapshot", "nope")]
    [InlineData("--min-weight", "-1")]
    [InlineData("--size-by", "followers")]
    public async Task Exits_with_a_usage_error_on_bad_options(string option, string value)
    {
        var db = await StoreAsync();

        var code = await CliApplication.RunAsync(["export", "gexf", "--db", db, "--out", Path.Combine(_dir, "x"), option, value]);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.False(Directory.Exists(Path.Combine(_dir, "x")) && Directory.EnumerateFiles(Path.Combine(_dir, "x")).Any());
    }

    [Fact]
    public async Task Exits_with_a_usage_error_when_the_store_is_missing()
    {
        var code = await CliApplication.RunAsync(["export", "report", "--db", Path.Combine(_dir, "none.db"), "--out", _dir]);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.False(File.Exists(Path.Combine(_dir, "none.db")));
    }

    [Fact]
    public void Reads_kinds_with_dashes_as_the_stored_names()
    {
        Assert.Equal(["co_retweet", "co_tweet"], ExportSettings.ParseKinds(" co-tweet, CO_RETWEET ,")!.Order(StringComparer.Ordinal));
        Assert.Null(ExportSettings.ParseKinds(" "));
    }

    // Exports the report of snapshot v1-test into _dir/report (asserting success) and returns its HTML.
    private async Task<string> ExportReportAsync(string db)
    {
        var output = Path.Combine(_dir, "report");
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["export", "report", "--snapshot", "v1-test", "--db", db, "--out", output]));
        return await File.ReadAllTextAsync(Path.Combine(output, "snapshot-v1-test.report.html"));
    }

    // Three accounts post the same two texts within a minute, a fourth posts alone; one handle is hostile.
    private async Task<string> StoreAsync()
    {
        var csv = new StringBuilder("tweetid,userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,account_creation_date,account_language,tweet_language,tweet_text,tweet_time,is_retweet,hashtags,urls,user_mentions\n");
        var id = 100;
        foreach (var (text, hour) in new[] { ("copy that text now", 9), ("and this one as well", 14) })
        {
            foreach (var (user, minute) in new[] { ("u1", 0), ("u2", 0), ("u3", 1) })
            {
                var handle = user == "u2" ? Payload : "handle_" + user;
                csv.Append($"{++id},{user},Name {user},\"{handle}\",Baku,\"bio of {user}\",2023-01-0{user[1]},az,az,{text},2024-05-15 {hour:00}:{minute:00},False,[],[],[]\n");
            }
        }

        csv.Append($"{++id},u4,Name u4,handle_u4,Paris,bio,2020-01-01,fr,fr,hello,2024-05-16 10:00,False,[],[],[]\n");
        var input = Path.Combine(_dir, "tweets.csv");
        var db = Path.Combine(_dir, "store.db");
        await File.WriteAllTextAsync(input, csv.ToString());
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["ingest", input, "--db", db]));

        await using var store = SqliteStore.Open(db);
        var posts = await store.ReadPostsAsync().ToListAsync();
        var graph = CoordinationGraphBuilder.Build(posts, new CoordinationOptions
        {
            Kinds = [ShareKind.Text], Windows = [TimeSpan.FromMinutes(2)], MinEdgeWeight = 1, MaxDegreeOfParallelism = 1,
        });
        await new CoordinationGraphRepository(store).SaveAsync(graph, CancellationToken.None);
        var snapshot = new Snapshot("v1-test", 1, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), new Dictionary<string, string>(), "fp", "baku",
            [Cluster("C1-1", 1, ["u1", "u2", "u3"], 0.9, true), Cluster("C2-1", 2, ["u4"], 0.1, false)]);
        await new SnapshotRepository(store).SaveAsync(snapshot, CancellationToken.None);
        return db;
    }

    private static SnapshotCluster Cluster(string id, int rank, string[] members, double score, bool flagged)
    {
        var metrics = new ClusterMetrics(members.Length, 0, 0, 0, 0, 0, 0, new Dictionary<string, double>(), null, 0, 0, 0, 0, 0, 0);
        var profile = new ProfileSignals([], [], [], 0, [], [], [], 0, new ActivityRhythm("UTC", new int[24], new int[7], 0), new HolidaySilence([], 0, 0));
        var report = new ClusterReport(rank, rank, members, metrics, new ClusterObjects([], [], [], [], [], []), profile, [],
            new ClusterScore(score, flagged, 0.45, score, 0, [], flagged ? "Flagged." : "Not flagged."), "narrative");
        return new SnapshotCluster(id, report, ClusterLineage.New);
    }
}
