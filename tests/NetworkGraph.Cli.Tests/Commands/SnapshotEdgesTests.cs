using System.Text;
using NetworkGraph.App.Export;
using NetworkGraph.App.Neo4j;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Commands;

/// The GEXF (any export) and the Neo4j push of one snapshot read its coordination edges through one reader.
[Collection(SerialCliCollection.Name)]
public sealed class SnapshotEdgesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-snapshot-edges-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Export_and_push_of_one_snapshot_carry_the_same_edges_those_of_its_own_run_at_its_widest_window()
    {
        var db = await IngestAsync();
        await using var store = SqliteStore.Open(db);
        var posts = await store.ReadPostsAsync().ToListAsync();
        var runs = new CoordinationGraphRepository(store);

        // The snapshot's run has a 10 s layer (u1-u2 only) and a 2 min layer (all three pairs); it detected on 10 s.
        var own = await runs.SaveAsync(Build(posts, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2)), CancellationToken.None);
        var snapshot = new Snapshot("v1-edges", 1, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string> { ["detection_window"] = "10s" }, "fp", "big", []);
        await new SnapshotRepository(store).SaveAsync(snapshot, own, CancellationToken.None);

        // A later run (e.g. a 'graph build') is the newest, but it is not the one the snapshot was analysed from.
        await runs.SaveAsync(Build(posts, TimeSpan.FromSeconds(10)), CancellationToken.None);

        var exported = (await new StoreExportSource(store).LoadAsync(SnapshotSelector.Latest, report: null, CancellationToken.None)).Edges
            .Select(e => (Pair(e.A, e.B), e.Kind, e.Weight))
            .Order()
            .ToList();
        var content = await new Neo4jPushSource(store).LoadAsync(SnapshotSelector.Latest, posts: false, CancellationToken.None);
        var pushed = await content.Coordination.ReadAsync(CancellationToken.None)
            .Select(r => (Pair(r.SourceId, r.TargetId), r.Type == Storage.Neo4j.Push.CoordinationType.Tweet ? "co_tweet" : r.Type.ToString(), r.Weight))
            .OrderBy(r => r)
            .ToListAsync();

        Assert.Equal([("u1-u2", "co_tweet", 2.0), ("u1-u3", "co_tweet", 2.0), ("u2-u3", "co_tweet", 2.0)], exported);
        Assert.Equal(exported, pushed);
    }

    private static string Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}-{b}" : $"{b}-{a}";

    private static CoordinationGraph Build(IReadOnlyList<Core.Model.Post> posts, params TimeSpan[] windows) =>
        CoordinationGraphBuilder.Build(posts, new CoordinationOptions
        {
            Kinds = [ShareKind.Text], Windows = windows, MinEdgeWeight = 1, MaxDegreeOfParallelism = 1,
        });

    // Three accounts post the same two texts, u1 and u2 in the same minute, u3 a minute later.
    private async Task<string> IngestAsync()
    {
        var csv = new StringBuilder("tweetid,userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,account_creation_date,account_language,tweet_language,tweet_text,tweet_time,is_retweet,hashtags,urls,user_mentions\n");
        var id = 100;
        foreach (var (text, hour) in new[] { ("copy that text now", 9), ("and this one as well", 14) })
        {
            foreach (var (user, minute) in new[] { ("u1", 0), ("u2", 0), ("u3", 1) })
            {
                csv.Append($"{++id},{user},Name {user},handle_{user},Baku,bio,2023-01-01,az,az,{text},2024-05-15 {hour:00}:{minute:00},False,[],[],[]\n");
            }
        }

        var input = Path.Combine(_dir, "tweets.csv");
        var db = Path.Combine(_dir, "store.db");
        await File.WriteAllTextAsync(input, csv.ToString());
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["ingest", input, "--db", db]));
        return db;
    }
}
