using System.Text.Json;
using Microsoft.Extensions.Logging;
using NetworkGraph.App.Worker;
using NetworkGraph.Bolt;
using NetworkGraph.Cli.Tests.Worker.Support;
using NetworkGraph.Cli.Worker;
using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.Cli.Tests.Worker;

public sealed class WorkerCycleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-cycle-" + Guid.NewGuid().ToString("N"));
    private readonly FakeClock _time = new();
    private readonly FakeAnalysisStep _analysis = new();
    private readonly FakePublisher _publisher = new();
    private readonly FakePruner _pruner = new();
    private readonly ListLogger<WorkerCycle> _logger = new();
    private readonly WorkerPaths _paths;
    private readonly WorkerStatusBoard _board;
    private readonly StoreGate _gate = new();

    public WorkerCycleTests()
    {
        _paths = new WorkerPaths(Path.Combine(_folder, "ng.db"), Path.Combine(_folder, "inbox"), Path.Combine(_folder, "status.json"));
        _paths.CreateFolders();
        _board = new WorkerStatusBoard(_paths.Database, _paths.Inbox, _paths.StatusFile, 300, _time);
    }

    public void Dispose()
    {
        _gate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private WorkerCycle CreateSut(bool sliding = false, bool push = true, int retries = 0) => new(
        _analysis, push ? _publisher : null, _pruner, WorkerRetry.Create(_time, retries, TimeSpan.FromSeconds(1), new ListLogger<RetryPolicy>()),
        _gate, _board, new CycleSettings(Keep: 3, SlidingRange: sliding), _time, _logger);

    private JsonElement StatusFile() => JsonDocument.Parse(File.ReadAllText(_paths.StatusFile)).RootElement;

    [Fact]
    public async Task A_new_snapshot_is_pruned_pushed_and_reported_in_the_status_file()
    {
        var sut = CreateSut();
        _board.FileIngested("tweets.csv", new FileCounts(500, 480, 20, 0, 0));
        _analysis.Next = _ => Task.FromResult(new AnalysisResult(FakeAnalysisStep.Snapshot(4, (30, 0.9, true), (12, 0.2, false), (8, 0.7, true)), IsNew: true));

        var cycle = await sut.RunAsync(CancellationToken.None);

        Assert.Equal(("new-snapshot", "v4-fake", true, 1), (cycle.Outcome, cycle.SnapshotId, cycle.Pushed, cycle.SnapshotsPruned));
        Assert.Equal([3], _pruner.Calls);
        Assert.Equal(["v4-fake"], _publisher.Pushed);
        var status = StatusFile();
        Assert.Equal("idle", status.GetProperty("state").GetString());
        var last = status.GetProperty("lastCycle");
        Assert.Equal((1, 480L), (last.GetProperty("filesIngested").GetInt32(), last.GetProperty("rowsAccepted").GetInt64()));
        Assert.Equal(100, last.GetProperty("store").GetProperty("posts").GetInt64());
        Assert.True(last.GetProperty("endedAt").GetDateTimeOffset() >= last.GetProperty("startedAt").GetDateTimeOffset());
        var snapshot = status.GetProperty("latestSnapshot");
        Assert.Equal((4, 3, 2), (snapshot.GetProperty("version").GetInt32(), snapshot.GetProperty("clusters").GetInt32(),
            snapshot.GetProperty("flaggedClusters").GetInt32()));
        Assert.Equal(["C4-1", "C4-3"], snapshot.GetProperty("flagged").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Without_new_data_the_analysis_is_skipped_and_nothing_is_pushed_again()
    {
        var sut = CreateSut();
        await sut.RunAsync(CancellationToken.None);

        var second = await sut.RunAsync(CancellationToken.None);
        _analysis.State = _analysis.State with { Posts = 150, DataMarker = "m2" };
        var third = await sut.RunAsync(CancellationToken.None);

        Assert.Equal(("skipped", "v1-fake"), (second.Outcome, second.SnapshotId));
        Assert.Equal(("new-snapshot", "v2-fake"), (third.Outcome, third.SnapshotId));
        Assert.Equal(2, _analysis.Runs);
        Assert.Equal(["v1-fake", "v2-fake"], _publisher.Pushed);
        Assert.Equal(2, _pruner.Calls.Count);
    }

    [Fact]
    public async Task A_sliding_range_analyses_every_cycle_and_an_unchanged_result_makes_no_new_version()
    {
        var sut = CreateSut(sliding: true);
        var snapshot = FakeAnalysisStep.Snapshot(1);
        var isNew = true;
        _analysis.Next = _ => Task.FromResult(new AnalysisResult(snapshot, isNew));
        await sut.RunAsync(CancellationToken.None);
        isNew = false;

        var second = await sut.RunAsync(CancellationToken.None);

        Assert.Equal(("unchanged", "v1-fake", 0), (second.Outcome, second.SnapshotId, second.SnapshotsPruned));
        Assert.Equal(2, _analysis.Runs);
        Assert.Single(_pruner.Calls);
        Assert.Equal(["v1-fake"], _publisher.Pushed);
    }

    [Fact]
    public async Task An_empty_store_is_not_analysed()
    {
        var sut = CreateSut();
        _analysis.State = new StoreState(0, 0, 0, "no store");

        var cycle = await sut.RunAsync(CancellationToken.None);

        Assert.Equal(("skipped", 0), (cycle.Outcome, _analysis.Runs));
        Assert.Empty(_publisher.Pushed);
    }

    [Fact]
    public async Task A_failing_analysis_is_logged_with_its_step_and_the_next_cycle_runs()
    {
        var sut = CreateSut();
        _analysis.Next = _ => Task.FromException<AnalysisResult>(new InvalidOperationException("profile not found"));

        var failed = await sut.RunAsync(CancellationToken.None);
        _analysis.Next = null;
        var next = await sut.RunAsync(CancellationToken.None);

        Assert.Equal(("failed", "analysis: profile not found"), (failed.Outcome, failed.Error));
        Assert.Equal("new-snapshot", next.Outcome);
        var error = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal((1, "analysis"), ((int)error.Values["Cycle"]!, (string)error.Values["Step"]!));
        var status = StatusFile();
        Assert.Equal((2, 1), (status.GetProperty("cycles").GetInt32(), status.GetProperty("failedCycles").GetInt32()));
        Assert.Equal("analysis", status.GetProperty("errors")[0].GetProperty("step").GetString());
    }

    [Fact]
    public async Task A_push_that_failed_is_retried_in_the_cycle_and_again_in_the_next_cycle()
    {
        var sut = CreateSut(retries: 1);
        _publisher.Failures.Enqueue(new BoltConnectionException("connection refused"));
        _publisher.Failures.Enqueue(new BoltConnectionException("connection refused"));

        var failed = await _time.FastForwardAsync(sut.RunAsync(CancellationToken.None));
        var next = await sut.RunAsync(CancellationToken.None);

        Assert.Equal(("failed", false), (failed.Outcome, failed.Pushed));
        Assert.Equal(("skipped", true), (next.Outcome, next.Pushed));
        Assert.Equal(["v1-fake"], _publisher.Pushed);
        Assert.Equal(1, _analysis.Runs);
    }

    [Fact]
    public async Task A_stop_during_the_analysis_reports_a_cancelled_cycle_and_keeps_no_snapshot()
    {
        var sut = CreateSut();
        using var stop = new CancellationTokenSource();
        _analysis.Next = async ct =>
        {
            await stop.CancelAsync();
            ct.ThrowIfCancellationRequested();
            throw new InvalidOperationException("not reached");
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.RunAsync(stop.Token));

        var status = StatusFile();
        Assert.Equal("cancelled", status.GetProperty("lastCycle").GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("latestSnapshot").ValueKind);
        Assert.Empty(_pruner.Calls);
        Assert.Empty(_publisher.Pushed);
    }
}
