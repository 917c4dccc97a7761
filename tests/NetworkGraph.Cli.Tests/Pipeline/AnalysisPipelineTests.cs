using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Pipeline;
using NetworkGraph.App.Worker;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Cli.Tests.Worker.Support;
using NetworkGraph.Cli.Worker;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Pipeline;

/// <summary>What an analysis run leaves in the store: nothing for an unchanged rerun, and no more coordination runs
/// than the setting keeps besides those snapshots refer to.</summary>
public sealed class AnalysisPipelineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-pipeline-" + Guid.NewGuid().ToString("N"));
    private readonly FakeClock _time = new(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly string _db;

    public AnalysisPipelineTests()
    {
        var paths = new WorkerPaths(Path.Combine(_folder, "ng.db"), Path.Combine(_folder, "inbox"), Path.Combine(_folder, "status.json"));
        paths.CreateFolders();
        _db = paths.Database;
        var scenario = TinyScenario.Generate(Path.Combine(_folder, "gen"));
        var ingester = new StoreFileIngester(paths.Database, paths.Rejects, 0.05, _time);
        ingester.IngestAsync(scenario.UsersPath, CancellationToken.None).GetAwaiter().GetResult();
        ingester.IngestAsync(scenario.TweetsPath, CancellationToken.None).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_rerun_of_an_unchanged_analysis_stores_no_new_coordination_run_or_snapshot()
    {
        var sut = Pipeline(keepRuns: 3);
        await using var store = SqliteStore.Open(_db, _time);

        var first = await sut.RunAsync(store, new AnalysisSettings { Threads = 1 }, null, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        var second = await sut.RunAsync(store, new AnalysisSettings { Threads = 1 }, null, CancellationToken.None);

        Assert.True(first.IsNew);
        Assert.False(second.IsNew);
        Assert.Equal(first.CoordinationRunId, second.CoordinationRunId);
        Assert.Equal([first.CoordinationRunId!.Value], await RunIdsAsync(store));
        Assert.Single(await new SnapshotRepository(store).ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("Detecting communities", 1)]
    [InlineData("Storing the coordination run", 1)]
    [InlineData("Scoring clusters", 1)]
    [InlineData("Detecting communities", 2)]
    [InlineData("Scoring clusters", 2)]
    [InlineData("Writing snapshot", 2)]
    public async Task An_analysis_cancelled_before_while_or_after_storing_its_coordination_run_leaves_no_run_behind(string cancelledAt, int threads)
    {
        var sut = Pipeline(keepRuns: 3);
        await using var store = SqliteStore.Open(_db, _time);
        using var cancel = new CancellationTokenSource();

        // With one thread the run is stored after the communities are found; with two, alongside them and the cluster
        // stage: cancelled as a stage begins, the save never starts, is cut short (and rolled back) or is done (and the
        // run is deleted).
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.RunAsync(
            store, new AnalysisSettings { Threads = threads }, stage => { if (stage == cancelledAt) { cancel.Cancel(); } }, cancel.Token));

        Assert.Empty(await RunIdsAsync(store));
        Assert.Empty(await new SnapshotRepository(store).ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_profile_that_fails_to_load_is_the_error_reported_and_leaves_no_run_or_snapshot()
    {
        var sut = Pipeline(keepRuns: 3);
        await using var store = SqliteStore.Open(_db, _time);
        var profile = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(profile, "{\n  \"name\": \"broken\",\n  \"gazeteers\": []\n}");

        var error = await Assert.ThrowsAsync<ProfileException>(() => sut.RunAsync(
            store, new AnalysisSettings { Threads = 1, ProfilePath = profile }, null, CancellationToken.None));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Empty(await RunIdsAsync(store));
        Assert.Empty(await new SnapshotRepository(store).ListAsync(CancellationToken.None));
    }

    [UnixTheory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_profile_that_fails_while_the_graph_stage_runs_is_the_error_reported_and_leaves_no_run_or_snapshot(int threads)
    {
        var sut = Pipeline(keepRuns: 3);
        await using var store = SqliteStore.Open(_db, _time);

        // A named pipe: the profile's read waits for a writer, here the progress callback as communities are about to
        // be found, so the profile fails only once the graph is built (and, with two threads, its run being stored).
        var profile = Path.Combine(_folder, "late.json");
        using (var mkfifo = Process.Start("mkfifo", [profile]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        void Progress(string stage)
        {
            if (stage == "Detecting communities")
            {
                File.WriteAllText(profile, "{\n  \"name\": \"late\",\n  \"gazeteers\": []\n}");
            }
        }

        var error = await Assert.ThrowsAsync<ProfileException>(() => sut.RunAsync(
            store, new AnalysisSettings { Threads = threads, ProfilePath = profile }, Progress, CancellationToken.None));

        Assert.Contains("late.json", error.Message, StringComparison.Ordinal);
        Assert.Empty(await RunIdsAsync(store));
        Assert.Empty(await new SnapshotRepository(store).ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_snapshot_records_the_cluster_and_scoring_options_so_a_changed_rule_is_not_an_unchanged_rerun()
    {
        var sut = Pipeline(keepRuns: 3);
        await using var store = SqliteStore.Open(_db, _time);

        var analysed = await sut.RunAsync(store, new AnalysisSettings { Threads = 1 }, null, CancellationToken.None);
        var stored = await new SnapshotRepository(store).LoadLatestAsync(CancellationToken.None);

        Assert.Equal(ScoringOptions.Combination, stored!.Parameters["score.combination"]);
        foreach (var (name, value) in new ClusterAnalysisOptions().ToParameters())
        {
            Assert.Equal(value, analysed.Snapshot.Parameters[name]);
        }
    }

    [Theory]
    [InlineData(1, true, "taken from the share table")]
    [InlineData(2, true, "taken from the share table")]
    [InlineData(2, false, "normalised again")] // no text kind: the share table holds no texts to hand over
    public async Task The_cluster_stage_takes_the_texts_the_share_table_normalised_when_it_read_them(int threads, bool textKinds, string texts)
    {
        var logger = new ListLogger<AnalysisPipeline>();
        var sut = new AnalysisPipeline(_time, logger, Options.Create(new NetworkGraphOptions()));
        await using var store = SqliteStore.Open(_db, _time);
        var settings = textKinds ? new AnalysisSettings { Threads = threads } : new AnalysisSettings { Threads = threads, Kinds = [ShareKind.Retweet] };

        await sut.RunAsync(store, settings, null, CancellationToken.None);

        Assert.Equal(texts, Assert.Single(logger.Entries, e => e.Message.StartsWith("Cluster stage: texts", StringComparison.Ordinal)).Values["Texts"]);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, "all of the log")]
    public async Task With_a_second_thread_the_stored_run_is_copied_into_the_database_file_while_clusters_are_scored(int threads, string? copied)
    {
        var logger = new ListLogger<AnalysisPipeline>();
        var sut = new AnalysisPipeline(_time, logger, Options.Create(new NetworkGraphOptions()));
        await using var store = SqliteStore.Open(_db, _time);

        await sut.RunAsync(store, new AnalysisSettings { Threads = threads }, null, CancellationToken.None);

        // All of it: no read begun before the run's commit is left when the copy starts.
        var entry = logger.Entries.SingleOrDefault(e => e.Message.StartsWith("Coordination run copied", StringComparison.Ordinal));
        Assert.Equal(copied, entry?.Values["Copied"]);
    }

    [Fact]
    public async Task Old_runs_beyond_the_setting_are_pruned_but_a_run_a_snapshot_refers_to_is_kept()
    {
        var sut = Pipeline(keepRuns: 1);
        await using var store = SqliteStore.Open(_db, _time);
        var analysed = await sut.RunAsync(store, new AnalysisSettings { Threads = 1 }, null, CancellationToken.None);
        var runs = new CoordinationGraphRepository(store, _time);
        var graph = (await CoordinationInput.ReadAsync(store, since: null, CancellationToken.None)).Build(new AnalysisSettings { Threads = 1 }, CancellationToken.None);
        foreach (var _ in Enumerable.Range(0, 3))
        {
            // As 'graph build' stores them: runs no snapshot refers to.
            await runs.SaveAsync(graph, CancellationToken.None);
        }

        var changed = await sut.RunAsync(store, new AnalysisSettings { Threads = 1, Resolution = 0.5 }, null, CancellationToken.None);

        Assert.True(changed.IsNew);
        Assert.Equal([analysed.CoordinationRunId!.Value, changed.CoordinationRunId!.Value], await RunIdsAsync(store));
        Assert.NotNull(await runs.LoadAsync(analysed.CoordinationRunId.Value, CancellationToken.None));
    }

    [Fact]
    public void A_keep_setting_below_one_is_refused_at_start_up_naming_it()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["NetworkGraph:KeepCoordinationRuns"] = "0" })
            .Build();
        var services = new ServiceCollection();
        ServiceSetup.Configure(services, configuration);

        using var provider = services.BuildServiceProvider();
        var error = ServiceSetup.ValidateSettings(provider);

        Assert.NotNull(error);
        Assert.Contains("KeepCoordinationRuns", error, StringComparison.Ordinal);
    }

    private AnalysisPipeline Pipeline(int keepRuns) => new(
        _time, new ListLogger<AnalysisPipeline>(), Options.Create(new NetworkGraphOptions { KeepCoordinationRuns = keepRuns }));

    private static async Task<List<long>> RunIdsAsync(SqliteStore store)
    {
        await using var connection = new SqliteConnection($"Data Source={store.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT run_id FROM coordination_runs ORDER BY run_id";
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
