using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.App.Worker;

/// <summary>One scheduled cycle: read the store, run the analysis when the data changed (or the range slides),
/// prune old snapshots after a new one, push the latest snapshot to Neo4j until it went through, and report it all to
/// the status board. A failure is logged with the cycle and step and ends only this cycle.</summary>
internal sealed partial class WorkerCycle(
    IAnalysisStep analysis,
    ISnapshotPublisher? publisher,
    ISnapshotPruner pruner,
    RetryPolicy retry,
    StoreGate gate,
    WorkerStatusBoard board,
    CycleSettings settings,
    TimeProvider time,
    ILogger<WorkerCycle> logger)
{
    private const int FlaggedListed = 20;
    private int _number;
    private string? _analysedMarker;
    private string? _pushedSnapshot;
    private SnapshotStatus? _latest;

    public async Task<CycleStatus> RunAsync(CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var cycle = new CycleStatus(++_number, time.GetUtcNow(), null, null, "running", 0, 0, 0, null, null, null, null, 0, null);
        board.CycleStarted(cycle);
        await board.WriteAsync(ct);
        var step = "read store";
        try
        {
            using (await gate.EnterAsync(ct))
            {
                // Taken inside the gate: files ingested while this cycle waited for it count here, not in the next one.
                var pending = board.TakePending();
                cycle = cycle with { FilesIngested = pending.Files, RowsRead = pending.RowsRead, RowsAccepted = pending.Accepted };
                board.SetState("analysing");
                var state = await retry.ExecuteAsync(step, analysis.ReadStateAsync, ct);
                cycle = cycle with { Store = new StoreSize(state.Posts, state.Accounts, state.DatabaseBytes) };
                step = "analysis";
                cycle = await AnalyseAsync(cycle, state, ct);
                if (cycle.Outcome == "new-snapshot")
                {
                    step = "retention";
                    board.SetState("pruning");
                    var pruned = await retry.ExecuteAsync(step, c => pruner.PruneAsync(settings.Keep, c), ct);
                    cycle = cycle with { SnapshotsPruned = pruned.Snapshots };
                    LogPruned(cycle.Number, pruned.Snapshots, pruned.CoordinationRuns, settings.Keep);
                }
            }

            if (publisher is not null && _latest is not null && _latest.Id != _pushedSnapshot)
            {
                step = "neo4j push";
                board.SetState("pushing");
                var snapshot = _latest.Id;
                var pushed = await retry.ExecuteAsync(step, c => publisher.PublishAsync(snapshot, c), ct);
                _pushedSnapshot = snapshot;
                cycle = cycle with { Pushed = true };
                LogPushed(cycle.Number, snapshot, pushed.BatchesSent, pushed.BatchesSkipped);
            }

            cycle = Finish(cycle, started, cycle.Outcome);
            board.CycleEnded(cycle, _latest);
            LogCycle(cycle.Number, cycle.Outcome, cycle.DurationSeconds ?? 0, cycle.Store?.Posts ?? 0, cycle.Store?.Accounts ?? 0,
                (cycle.Store?.DatabaseBytes ?? 0) / 1e6, cycle.FilesIngested, cycle.RowsRead);
            if (_latest is not null)
            {
                LogSnapshot(cycle.Number, _latest.Id, _latest.Version, _latest.Clusters, _latest.FlaggedClusters);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            board.CycleEnded(Finish(cycle, started, "cancelled"), _latest);
            board.SetState("stopping");
            LogCancelled(cycle.Number, step);
            await board.WriteAsync(CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            cycle = Finish(cycle, started, "failed") with
            {
                Error = $"{step}: {ex.Message}",
                Pushed = step == "neo4j push" ? false : cycle.Pushed,
            };
            board.CycleFailed(cycle, step, ex.Message, _latest);
            LogCycleFailed(ex, cycle.Number, step, cycle.DurationSeconds ?? 0, cycle.SnapshotId);
        }

        board.SetState("idle");
        await board.WriteAsync(ct);
        return cycle;
    }

    private async Task<CycleStatus> AnalyseAsync(CycleStatus cycle, StoreState state, CancellationToken ct)
    {
        if (state.Posts == 0)
        {
            LogNoPosts(cycle.Number);
            return cycle with { Outcome = "skipped" };
        }

        if (!settings.SlidingRange && state.DataMarker == _analysedMarker)
        {
            LogNoNewData(cycle.Number, _latest?.Id);
            return cycle with { Outcome = "skipped", SnapshotId = _latest?.Id, SnapshotVersion = _latest?.Version };
        }

        var result = await retry.ExecuteAsync("analysis", analysis.RunAsync, ct);
        _analysedMarker = state.DataMarker;
        _latest = ToStatus(result.Snapshot);
        return cycle with
        {
            Outcome = result.IsNew ? "new-snapshot" : "unchanged",
            SnapshotId = result.Snapshot.Id,
            SnapshotVersion = result.Snapshot.Version,
        };
    }

    private CycleStatus Finish(CycleStatus cycle, long started, string outcome) => cycle with
    {
        Outcome = outcome,
        EndedAt = time.GetUtcNow(),
        DurationSeconds = Math.Round(time.GetElapsedTime(started).TotalSeconds, 3),
    };

    private static SnapshotStatus ToStatus(Snapshot snapshot) => new(
        snapshot.Id,
        snapshot.Version,
        snapshot.CreatedAt,
        snapshot.InputFingerprint,
        snapshot.Clusters.Count,
        snapshot.Clusters.Count(c => c.Flagged),
        snapshot.Clusters.Where(c => c.Flagged).OrderByDescending(c => c.Score).Take(FlaggedListed)
            .Select(c => new FlaggedCluster(c.Id, c.Size, Math.Round(c.Score, 4))).ToList());

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Cycle {Cycle} {Outcome} in {Seconds:F2} s: store {Posts} posts, {Accounts} accounts, {DatabaseMegabytes:F1} MB; ingested since the last cycle: {Files} files, {Rows} rows")]
    private partial void LogCycle(int cycle, string outcome, double seconds, long posts, long accounts, double databaseMegabytes, int files, long rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle {Cycle}: latest snapshot {Snapshot} (v{Version}), {Clusters} clusters, {Flagged} flagged")]
    private partial void LogSnapshot(int cycle, string snapshot, int version, int clusters, int flagged);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cycle {Cycle} failed in step {Step} after {Seconds:F2} s (snapshot {Snapshot}); the next cycle runs on schedule")]
    private partial void LogCycleFailed(Exception error, int cycle, string step, double seconds, string? snapshot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cycle {Cycle} stopped during step {Step}: nothing half-written is kept")]
    private partial void LogCancelled(int cycle, string step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle {Cycle}: the store holds no posts yet; analysis skipped")]
    private partial void LogNoPosts(int cycle);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle {Cycle}: no data ingested since snapshot {Snapshot} was checked; analysis skipped")]
    private partial void LogNoNewData(int cycle, string? snapshot);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle {Cycle}: retention kept the {Keep} newest snapshots, deleted {Snapshots} snapshots and {Runs} coordination runs")]
    private partial void LogPruned(int cycle, int snapshots, int runs, int keep);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle {Cycle}: pushed snapshot {Snapshot} to Neo4j ({Sent} batches sent, {Skipped} already there)")]
    private partial void LogPushed(int cycle, string snapshot, long sent, long skipped);
}
