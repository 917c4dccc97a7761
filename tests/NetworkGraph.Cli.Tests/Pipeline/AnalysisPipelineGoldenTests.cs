using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Cli.Tests.Worker.Support;
using NetworkGraph.App.Worker;
using NetworkGraph.Cli.Worker;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Scenarios;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Pipeline;

/// <summary>The analysis gives the clusters, scores and snapshot content it gave before the streaming, columnar
/// analysis (issue 16), on generated inputs, for one thread and for two.</summary>
/// <remarks>
/// The golden hashes were first recorded on main at 609bd7c (the pipeline that read every post as an object), by running
/// this test once with the expected values empty and copying the hashes the failure message printed; the streaming
/// analysis reproduced them. The same check was repeated when the streaming branch was merged: main with the new text
/// normaliser and operations but without streaming, and main with streaming, gave the same three hashes. The hashes
/// were then recorded again after the intended changes to detection (calibrated verdicts, 1 h detection window,
/// generic default profile), once more when near-duplicate groups became star clusters (a text's group is the
/// one of its most connected similar text, not of the earliest), and again for the verdicts as evidence of coordination
/// in any mode (issue 15: signals combined as 1 - prod(1 - weight * value), flagged at 0.5; new metrics FastMembers and
/// ComparableTextPosts in the cluster JSON; the coordination floor gone from the parameters); the last two were
/// recorded together when both branches were merged, and once more when the snapshot's parameters came to include the
/// cluster and scoring options (clusters unchanged), and again when campaigns came to be segmented for flagged clusters
/// only (an unflagged cluster's campaigns and the "no campaign detected" of its narrative gone) and the cluster objects
/// gained the link shorteners counted apart from the domains, and verdicts left out a profile part under 0.005 (none of
/// these changes touches membership, metrics or score values); recorded together with the square-root pair weighting of
/// community detection when the campaigns branch took main in. From here on the test guards the results against unintended
/// change (it caught a null-model seed taken from HashCode.Combine, which .NET salts per process). A hash covers
/// the snapshot's parameters (without "threads"), profile and clusters (members, metrics, signals, campaigns, score,
/// narrative, lineage) as canonical JSON; not its id, time or input fingerprint (the fingerprint now covers the
/// clustered accounts' posts, not the whole collection).
/// </remarks>
public sealed class AnalysisPipelineGoldenTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-golden-" + Guid.NewGuid().ToString("N"));
    private readonly FakeClock _time = new(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(1, "9b67b873a02f209c11631fed393d3fadca52d4d36db8a3a79eb7e6b6204b7331")]
    [InlineData(2, "1845af5effdd1776166f8c5bab44f4155373ea28f46c699117bea118bc1f3449")]
    [InlineData(3, "e46b27bf4fad7b89ee1246af0c6e32ae6b769d05869fc52ef641b8c83254694f")]
    public async Task Clusters_scores_and_snapshot_are_the_recorded_ones_for_one_and_two_threads(int seed, string golden)
    {
        var scenario = Generate(seed);

        var (one, oneFingerprint) = await CanonicalHashAsync(await IngestAsync(scenario, "one"), threads: 1);
        var (two, twoFingerprint) = await CanonicalHashAsync(await IngestAsync(scenario, "two"), threads: 2);

        Assert.True(golden == one, $"seed {seed}, one thread: canonical hash {one}, golden {golden}");
        Assert.True(one == two, $"seed {seed}: two threads give {two}, one thread {one}");
        Assert.True(oneFingerprint == twoFingerprint, $"seed {seed}: two threads fingerprint the input as {twoFingerprint}, one thread as {oneFingerprint}");
    }

    private ScenarioSummary Generate(int seed) => new ScenarioGenerator().Generate(
        new ScenarioOptions { Seed = seed, Posts = 40_000, OrganicAccounts = 3_000, OperationAccounts = 120 },
        Path.Combine(_folder, "gen"),
        null,
        CancellationToken.None);

    private async Task<string> IngestAsync(ScenarioSummary scenario, string name)
    {
        var store = Path.Combine(_folder, name);
        var paths = new WorkerPaths(Path.Combine(store, "ng.db"), Path.Combine(store, "inbox"), Path.Combine(store, "status.json"));
        paths.CreateFolders();
        var ingester = new StoreFileIngester(paths.Database, paths.Rejects, 0.05, _time);
        await ingester.IngestAsync(scenario.UsersPath, CancellationToken.None);
        await ingester.IngestAsync(scenario.TweetsPath, CancellationToken.None);
        return paths.Database;
    }

    /// <summary>The canonical hash of the snapshot an analysis makes, and the snapshot's input fingerprint.</summary>
    private async Task<(string Hash, string Fingerprint)> CanonicalHashAsync(string db, int threads)
    {
        await using var store = SqliteStore.Open(db, _time);
        var outcome = await new AnalysisPipeline(_time, NullLogger<AnalysisPipeline>.Instance)
            .RunAsync(store, new AnalysisSettings { Threads = threads }, null, CancellationToken.None);
        var snapshot = outcome.Snapshot;
        Assert.NotEmpty(snapshot.Clusters);
        Assert.Contains(snapshot.Clusters, c => c.Flagged);
        var parameters = snapshot.Parameters.Where(kv => kv.Key != "threads")
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var canonical = SnapshotJson.Serialize(new { parameters, snapshot.ProfileName, snapshot.Clusters });
        return (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), snapshot.InputFingerprint);
    }
}
