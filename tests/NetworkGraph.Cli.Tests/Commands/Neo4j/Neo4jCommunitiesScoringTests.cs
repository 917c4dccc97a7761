using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Neo4j;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Cli.Tests.Worker.Support;
using NetworkGraph.Cli.Worker;
using NetworkGraph.Storage.Neo4j.Communities;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Commands.Neo4j;

/// `neo4j communities` scores the partition Neo4j found with the same edges and edge timing as `analyze`.
[Collection(SerialCliCollection.Name)]
public sealed class Neo4jCommunitiesScoringTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-neo4j-scoring-" + Guid.NewGuid().ToString("N"));
    private readonly FakeClock _time = new(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // Without late posts every edge is fast, so only the window the edges were built with tells the scorer that timing
    // is measurable; with them, the edges of the detection window and of the widest window differ.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Neo4j_communities_and_analyze_give_the_same_scores_for_the_same_partition(bool latePosts)
    {
        var paths = new WorkerPaths(Path.Combine(_folder, "ng.db"), Path.Combine(_folder, "inbox"), Path.Combine(_folder, "status.json"));
        paths.CreateFolders();
        var tweets = Path.Combine(_folder, "tweets.csv");
        await File.WriteAllTextAsync(tweets, Tweets(latePosts));
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["ingest", tweets, "--db", paths.Database]));
        await using var store = SqliteStore.Open(paths.Database, _time);
        var pipeline = new AnalysisPipeline(_time, new ListLogger<AnalysisPipeline>(), Options.Create(new NetworkGraphOptions()));
        var analyzed = await pipeline.RunAsync(store, new AnalysisSettings { Threads = 1 }, null, CancellationToken.None);

        // The partition analyze found, as Neo4j would hand it back: every linked account with its community's name.
        // (The graph as analyze built it: the partition numbers its accounts as the graph does, and neither the outcome,
        // which keeps only its layer counts, nor the stored run, which names accounts by id, keeps that numbering.)
        var graph = (await CoordinationInput.ReadAsync(store, since: null, CancellationToken.None)).Build(new AnalysisSettings { Threads = 1 }, CancellationToken.None);
        var linked = graph.Layers.SelectMany(l => l.Edges).SelectMany(e => new[] { e.Source, e.Target }).Distinct().Order();
        var run = new CommunityRun(CommunityMethod.Leiden,
            linked.Select(i => new CommunityAssignment(graph.AccountIds[i], "c" + analyzed.Partition.Membership[i])).ToList(),
            analyzed.Partition.Membership.Distinct().Count(), null, "");
        _time.Advance(TimeSpan.FromHours(1));
        var fromNeo4j = await new Neo4jCommunitiesSnapshot(store, _time).BuildAndSaveAsync(
            run, null, new Dictionary<string, string> { ["algorithm"] = "neo4j-leiden" }, CancellationToken.None);

        var expected = Scores(analyzed.Snapshot);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Scores(fromNeo4j));
    }

    // Five accounts post the same twenty texts in the same minute (with late posts: two of them post every other text
    // twenty minutes later, inside the widest window but outside the detection window); four more post their own texts.
    private static string Tweets(bool latePosts)
    {
        var csv = new StringBuilder("tweetid,userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,account_creation_date,account_language,tweet_language,tweet_text,tweet_time,is_retweet,hashtags,urls,user_mentions\n");
        var id = 1000;
        for (var t = 0; t < 20; t++)
        {
            var day = 1 + (t % 20);
            var late = latePosts && t % 2 == 1 ? 20 : 0;
            foreach (var (user, minute) in new[] { ("op1", 0), ("op2", 0), ("op3", 0), ("op4", late), ("op5", late) })
            {
                csv.Append(CultureInfo.InvariantCulture, $"{++id},{user},Name {user},handle_{user},Baku,bio,2023-01-01,az,az,message number {t} for everyone,2024-05-{day:00} {8 + (t % 10):00}:{minute:00},False,[],[],[]\n");
            }

            foreach (var user in new[] { "org1", "org2", "org3", "org4" })
            {
                csv.Append(CultureInfo.InvariantCulture, $"{++id},{user},Name {user},handle_{user},Paris,bio,2020-01-01,fr,fr,{user} says {t},2024-05-{day:00} 12:00,False,[],[],[]\n");
            }
        }

        return csv.ToString();
    }

    private static Dictionary<string, (double Score, bool Flagged)> Scores(Core.Snapshots.Snapshot snapshot) =>
        snapshot.Clusters.ToDictionary(c => string.Join(",", c.Members), c => (c.Report.Score.Value, c.Report.Score.Flagged));
}
