using System.Globalization;
using System.Text;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Runs;
using NetworkGraph.Storage.Sqlite;
using NetworkGraph.TestSupport;

namespace NetworkGraph.Cli.Tests.Commands.Analysis;

[Collection(SerialCliCollection.Name)]
public sealed class GraphBuildCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-graph-build-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Ingest_and_graph_build_of_a_share_table_give_the_edges_of_CooRTweets_detect_groups(int seed)
    {
        var rows = RandomShareTable(new Random(seed));
        var file = await WriteAsync("shares.csv", "object_id,account_id,content_id,timestamp_share",
            rows.Select(r => $"{r.ObjectId},{r.AccountId},{r.ContentId},{r.TimestampShare.ToString(CultureInfo.InvariantCulture)}"));
        var db = Path.Combine(_dir, "s.db");

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["ingest", file, "--db", db]));
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(
            ["graph", "build", "--db", db, "--min-weight", "1", "--min-participation", "2", "--window", "30s", "--detection-window", "30s"]));

        var pairs = CooRTweetOracle.DetectGroups(rows, timeWindow: 30, minParticipation: 2);
        var expected = CooRTweetOracle.Network(pairs);
        var layer = (await LatestRunAsync(db)).Layers.Single(l => l.Kind == ShareKind.Share);
        var actual = layer.Edges
            .Select(e => string.CompareOrdinal(e.SourceId, e.TargetId) < 0 ? (e.SourceId, e.TargetId, e) : (e.TargetId, e.SourceId, e))
            .OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal)
            .ToList();
        Assert.True(expected.Count > 20, $"seed {seed}: only {expected.Count} edges, too few to compare");
        Assert.Equal(pairs.Count, layer.CandidatePairs);
        Assert.Equal(expected.Select(e => $"{e.Account}-{e.AccountY} w={e.Weight}"), actual.Select(e => $"{e.Item1}-{e.Item2} w={e.e.PairCount}"));
        Assert.All(expected.Zip(actual), p =>
        {
            Assert.Equal(p.First.Weight, p.Second.e.Weight);
            Assert.Equal(p.First.AvgTimeDelta, p.Second.e.MeanDeltaSeconds, 9);
        });
    }

    [Fact]
    public async Task A_share_table_with_object_kinds_and_a_wide_table_give_edges_of_every_kind_they_hold()
    {
        var kinds = new[] { "", "retweet", "repost", "url", "link", "domain", "hashtag", "text", "image" };
        var canonical = new List<string>();
        for (var o = 0; o < 40; o++)
        {
            var kind = kinds[o % kinds.Length];
            var obj = kind == "text" ? $"the very same long sentence copied by the whole group number {o / kinds.Length}" : $"obj{o}";
            canonical.AddRange(Enumerable.Range(0, 4).Select(a => $"\"{obj}\",fb_{a},c{o}_{a},{1_600_000_000 + (o * 1000) + a},{kind}"));
        }

        var wide = Enumerable.Range(0, 24).Select(p =>
            $"tw_{p % 3},{p},{p / 3},{p / 3 % 4},{p / 6},{(p % 2 == 0 ? "NA" : (p / 3).ToString(CultureInfo.InvariantCulture))},{1_600_100_000 + (p / 3 * 600) + (p % 3)}");
        var db = Path.Combine(_dir, "k.db");
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(
        [
            "ingest", await WriteAsync("kinds.csv", "object_id,account_id,content_id,timestamp_share,object_kind", canonical),
            await WriteAsync("wide.csv", "account_id,post_id,url_id,hashtag_id,domain_id,phash_id,timestamp", wide), "--db", db,
        ]));

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["graph", "build", "--db", db, "--min-weight", "1"]));

        var run = await LatestRunAsync(db);
        var withEdges = run.Layers.Where(l => l.Edges.Count > 0).Select(l => ShareKindNames.CliName(l.Kind)).ToHashSet();
        Assert.Equal(["co-domain", "co-hashtag", "co-image", "co-link", "co-retweet", "co-share", "co-similar", "co-tweet"], withEdges.Order());
        var image = run.Layers.First(l => ShareKindNames.CliName(l.Kind) == "co-image");
        Assert.Contains(image.Edges, e => e.SourceId.StartsWith("tw_", StringComparison.Ordinal)); // the wide table's phash_id
        Assert.Contains(image.Edges, e => e.SourceId.StartsWith("fb_", StringComparison.Ordinal)); // object_kind image
    }

    [Fact]
    public async Task Builds_only_the_kinds_asked_for_and_refuses_a_named_kind_no_share_table_holds()
    {
        var db = Path.Combine(_dir, "n.db");
        var rows = Enumerable.Range(0, 6).Select(i => $"h{i / 2},acc{i % 2},c{i},{1_600_000_000 + i},image");
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(
            ["ingest", await WriteAsync("n.csv", "object_id,account_id,content_id,timestamp_share,object_kind", rows), "--db", db]));

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["graph", "build", "--db", db, "--kinds", "co-image", "--min-weight", "1"]));
        Assert.Equal(ExitCodes.BadUsage, await CliApplication.RunAsync(["graph", "build", "--db", db, "--kinds", "co-imgae"]));

        var run = await LatestRunAsync(db);
        Assert.All(run.Layers, l => Assert.Equal("co-image", ShareKindNames.CliName(l.Kind)));
        Assert.Equal(3, Assert.Single(run.Layers, l => l.Window == TimeSpan.FromSeconds(60)).Edges.Single().PairCount);
    }

    [Fact]
    public async Task Links_cut_before_their_domain_give_no_co_link_or_co_domain_objects()
    {
        // The real-data fixtures: three accounts share https://t, https://www, https:// and https://t.… within minutes.
        var db = Path.Combine(_dir, "cut.db");
        foreach (var name in new[] { "junk-domains_tweets_csv_hashed.csv", "truncated-link_tweets_csv_hashed.csv" })
        {
            var fixture = RepositoryPaths.Combine("tests", "fixtures", "real-data", name);
            Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["ingest", fixture, "--db", db]));
        }

        // The same three accounts also share one real link the same way, so the layers are not empty by accident.
        var header = "tweetid,userid,user_screen_name,tweet_language,tweet_text,tweet_time,is_retweet,hashtags,urls,user_mentions";
        var real = await WriteAsync("real_tweets.csv", header,
            Enumerable.Range(0, 3).Select(a => $"ok{a},acct{a},acct{a},en,see it {a},2017-07-01 12:0{a},False,[],['https://www.example.com/a'],[]"));
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["ingest", real, "--db", db]));

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(
            ["graph", "build", "--db", db, "--kinds", "co-link,co-domain", "--min-weight", "1", "--min-participation", "1", "--window", "1h"]));

        var layers = (await LatestRunAsync(db)).Layers;
        var objects = layers.SelectMany(l => l.Edges).SelectMany(e => e.Evidence).Select(p => p.Object).Distinct(StringComparer.Ordinal);
        Assert.Equal(["example.com", "example.com/a"], objects.Order(StringComparer.Ordinal));
    }

    /// <summary>A share table shaped like a co-retweet collection: bursts of shares of popular objects, some
    /// accounts with one row only, accounts sharing one object twice, equal times and gaps of exactly the window.</summary>
    private static List<CooRTweetOracle.Row> RandomShareTable(Random random)
    {
        var rows = new List<CooRTweetOracle.Row>();
        var accounts = Enumerable.Range(0, 45).Select(a => (a % 3 == 0 ? "fb_" : "tw_") + a.ToString(CultureInfo.InvariantCulture)).ToArray();
        var content = 0;
        for (var o = 0; o < 70; o++)
        {
            var start = 1_700_000_000L + (o * 400) + random.Next(0, 300); // objects overlap in time
            var crowd = random.Next(1, 12);
            var group = accounts.OrderBy(_ => random.Next()).Take(crowd).ToArray();
            var time = start;
            foreach (var account in group)
            {
                time += random.Next(5) switch { 0 => 0, 1 => 30, 2 => 31, _ => random.Next(0, 25) };
                rows.Add(new(ObjectId(o), account, "t" + content++.ToString(CultureInfo.InvariantCulture), time));
                if (random.Next(6) == 0)
                {
                    rows.Add(new(ObjectId(o), account, "t" + content++.ToString(CultureInfo.InvariantCulture), time + random.Next(0, 40)));
                }
            }

            if (random.Next(3) == 0)
            {
                // A light account: two shares, one of an object nobody else shares, so it never meets
                // min_participation after pairing, and its pairs stand only on the other account's participation.
                var light = "tw_light" + o.ToString(CultureInfo.InvariantCulture);
                rows.Add(new(ObjectId(o), light, "t" + content++.ToString(CultureInfo.InvariantCulture), start + random.Next(0, 30)));
                rows.Add(new("solo" + o.ToString(CultureInfo.InvariantCulture), light, "t" + content++.ToString(CultureInfo.InvariantCulture), start));
            }
        }

        rows.Add(new("lonely", "tw_solo", "t" + content.ToString(CultureInfo.InvariantCulture), 1_700_000_000)); // one row: pre-filtered
        return rows.OrderBy(_ => random.Next()).ToList();

        static string ObjectId(int o) => "rt" + o.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task<StoredCoordinationRun> LatestRunAsync(string db)
    {
        await using var store = SqliteStore.Open(db);
        return await new CoordinationGraphRepository(store).LoadLatestAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("graph build stored no coordination run");
    }

    private async Task<string> WriteAsync(string name, string header, IEnumerable<string> lines)
    {
        var path = Path.Combine(_dir, name);
        await File.WriteAllTextAsync(path, header + "\n" + string.Join("\n", lines) + "\n", Encoding.UTF8);
        return path;
    }
}
