using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NetworkGraph.Bolt;

namespace NetworkGraph.Storage.Neo4j.Push;

/// <summary>Pushes a snapshot and the graph around it into Neo4j in UNWIND $rows batches, resuming where an interrupted
/// push stopped; every write is MERGE + SET of absolute values, so pushing again changes nothing.</summary>
public sealed class Neo4jPusher
{
    private readonly BoltDriver _driver;
    private readonly CypherCatalog _catalog;
    private readonly PushState _state;
    private readonly ILogger _logger;

    /// <summary>Creates a pusher over a driver; queries come from <paramref name="catalog"/> (default: the embedded one).</summary>
    public Neo4jPusher(BoltDriver driver, CypherCatalog? catalog = null, ILogger<Neo4jPusher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        _driver = driver;
        _catalog = catalog ?? CypherCatalog.Embedded;
        _state = new PushState(_catalog);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Applies the schema, then pushes each phase batch by batch, one transaction per batch.</summary>
    public async Task<PushResult> PushAsync(Neo4jPushContent content, Neo4jPushOptions? options = null,
        IProgress<PushProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= new Neo4jPushOptions();
        options.Validate();
        var snapshotId = content.Snapshot.Id;
        await using var session = _driver.OpenSession();
        await Neo4jSchema.ApplyAsync(session, _catalog, cancellationToken);
        var states = options.Force
            ? []
            : await _state.ReadAsync(session, snapshotId, cancellationToken);

        var results = new List<PhaseResult>();
        foreach (var phase in PushPlan.Build(content))
        {
            states.TryGetValue(phase.Name, out var state);
            results.Add(await PushPhaseAsync(session, snapshotId, phase, state, options.BatchSize, progress, cancellationToken));
        }

        states.TryGetValue(PushPlan.Palette, out var paletteState);
        var (palette, applied) = await ColourAsync(session, snapshotId, paletteState, options.BatchSize, cancellationToken);
        results.Add(palette);
        progress?.Report(new PushProgress(PushPlan.Palette, 1, 1));
        return new PushResult(snapshotId, results, applied);
    }

    private async Task<PhaseResult> PushPhaseAsync(IBoltSession session, string snapshotId, PushPhase phase, PhaseState state,
        int batchSize, IProgress<PushProgress>? progress, CancellationToken ct)
    {
        var batchCount = (phase.RowCount + batchSize - 1) / batchSize;
        var resumeFrom = state.ResumeFrom(batchCount, batchSize);
        long sent = 0, nodes = 0, relationships = 0;
        if (resumeFrom > 0)
        {
            _logger.LogInformation("Push of {Snapshot}: {Phase} resumes after {Done} of {Batches} committed batches",
                snapshotId, phase.Name, resumeFrom, batchCount);
        }

        progress?.Report(new PushProgress(phase.Name, Math.Min(resumeFrom * batchSize, phase.RowCount), phase.RowCount));
        if (resumeFrom < batchCount)
        {
            long index = 0, rowsSeen = 0;
            var batch = new List<QueryRow>(batchSize);
            await foreach (var row in phase.Rows(ct).WithCancellation(ct))
            {
                if (++rowsSeen > phase.RowCount)
                {
                    throw CountMismatch(phase, "more");
                }

                if (index < resumeFrom)
                {
                    if (rowsSeen % batchSize == 0)
                    {
                        index++;
                    }

                    continue;
                }

                batch.Add(row);
                if (batch.Count == batchSize)
                {
                    (nodes, relationships) = Add((nodes, relationships), await SendAsync(batch, ++index));
                    batch.Clear();
                }
            }

            // Checked before the last batch commits, so the push state never counts a phase that was cut short.
            if (rowsSeen != phase.RowCount)
            {
                throw CountMismatch(phase, rowsSeen.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (batch.Count > 0)
            {
                (nodes, relationships) = Add((nodes, relationships), await SendAsync(batch, ++index));
            }
        }

        return new PhaseResult(phase.Name, phase.RowCount, batchCount, sent, resumeFrom, nodes, relationships);

        async Task<(long Nodes, long Relationships)> SendAsync(List<QueryRow> rows, long batchNumber)
        {
            var counts = await session.ExecuteWriteAsync(async tx =>
            {
                long created = 0, linked = 0;
                foreach (var group in rows.GroupBy(r => r.Query, StringComparer.Ordinal))
                {
                    var parameters = new Dictionary<string, object?> { ["rows"] = group.Select(r => r.Row).ToList() };
                    var summary = await tx.RunAndConsumeAsync(_catalog.Query(group.Key), parameters, ct);
                    created += summary.Counter("nodes-created");
                    linked += summary.Counter("relationships-created");
                }

                await _state.MarkAsync(tx, snapshotId, phase.Name, batchNumber, batchCount, batchSize, ct);
                return (created, linked);
            }, ct);
            sent++;
            progress?.Report(new PushProgress(phase.Name, Math.Min(batchNumber * batchSize, phase.RowCount), phase.RowCount));
            return counts;
        }
    }

    // Accounts take the hue of their cluster in the newest pushed snapshot only (a Browser style sheet has one colour
    // per label, so the labels must describe one snapshot).
    private async Task<(PhaseResult Result, bool Applied)> ColourAsync(IBoltSession session, string snapshotId,
        PhaseState state, int batchSize, CancellationToken ct)
    {
        string? newest = null;
        await foreach (var record in session.RunAsync(_catalog.Query("read/latest-snapshot"), null, ct))
        {
            newest = record.Get<string>("id");
        }

        if (!string.Equals(newest, snapshotId, StringComparison.Ordinal))
        {
            if (newest is null)
            {
                _logger.LogWarning("The store reports no snapshot after pushing {Snapshot}: accounts are not coloured", snapshotId);
            }
            else
            {
                _logger.LogInformation("Accounts keep the colours of {Newest}, which is newer than {Snapshot}", newest, snapshotId);
            }

            return (new PhaseResult(PushPlan.Palette, 0, 0, 0, 0, 0, 0), false);
        }

        if (state.ResumeFrom(1, batchSize) == 1)
        {
            return (new PhaseResult(PushPlan.Palette, 1, 1, 0, 1, 0, 0), true);
        }

        var parameters = new Dictionary<string, object?> { ["snapshotId"] = snapshotId };
        await session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAndConsumeAsync(_catalog.Query("write/palette-clear"), null, ct);
            await tx.RunAndConsumeAsync(_catalog.Query("write/palette-apply"), parameters, ct);
            await _state.MarkAsync(tx, snapshotId, PushPlan.Palette, 1, 1, batchSize, ct);
            return true;
        }, ct);
        return (new PhaseResult(PushPlan.Palette, 1, 1, 1, 0, 0, 0), true);
    }

    private static InvalidOperationException CountMismatch(PushPhase phase, string yielded) => new(
        $"The {phase.Name} source announced {phase.RowCount} rows but yielded {yielded}; its rows must not change during a push.");

    private static (long, long) Add((long Nodes, long Relationships) a, (long Nodes, long Relationships) b) =>
        (a.Nodes + b.Nodes, a.Relationships + b.Relationships);
}
