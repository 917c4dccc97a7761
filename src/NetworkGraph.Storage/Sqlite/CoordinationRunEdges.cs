using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Collections;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Export;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The one reader of a stored coordination run's edges, used by export, Neo4j push, <c>neo4j communities</c> and
/// <c>communities --db</c>. Which run: the one the snapshot was analysed from (V004), else the newest stored run. Which
/// layers: by default those of the run's widest window, one per kind (<see cref="EvidenceWindow"/>, the window the
/// analysis' cluster stage scores with); a caller that partitions a chosen window (<c>communities --db --window</c>)
/// names it.</summary>
public sealed class CoordinationRunEdges
{
    private CoordinationRunEdges(long? runId, TimeSpan? window, IReadOnlyList<StoredCoordinationLayer> layers)
    {
        RunId = runId;
        Window = window;
        Layers = layers;
    }

    /// <summary>No run: no edges.</summary>
    public static CoordinationRunEdges None { get; } = new(null, null, []);

    /// <summary>The run read, or null when the store held none.</summary>
    public long? RunId { get; }

    /// <summary>The window of <see cref="Layers"/>, or null when there are none.</summary>
    public TimeSpan? Window { get; }

    /// <summary>The run's layers of <see cref="Window"/>, one per kind, in stored order.</summary>
    public IReadOnlyList<StoredCoordinationLayer> Layers { get; }

    /// <summary>The layers of the run's widest window.</summary>
    public static CoordinationRunEdges Of(StoredCoordinationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return At(run, EvidenceWindow.Of(run.Layers.Select(l => l.Window)));
    }

    /// <summary>The layers of <paramref name="window"/> (none when the run has no such layer).</summary>
    public static CoordinationRunEdges At(StoredCoordinationRun run, TimeSpan? window)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new CoordinationRunEdges(run.RunId, window, run.Layers.Where(l => l.Window == window).ToList());
    }

    /// <summary>Reads the run <paramref name="snapshotId"/> was analysed from, or the newest run when the snapshot
    /// recorded none (or no snapshot is given), at the run's widest window; <see cref="None"/> when the store holds no run.</summary>
    public static Task<CoordinationRunEdges> ReadAsync(SqliteStore store, string? snapshotId, CancellationToken cancellationToken) =>
        ReadAsync(store, snapshotId, RunRead.AllEdges, cancellationToken);

    /// <summary>As <see cref="ReadAsync(SqliteStore, string?, CancellationToken)"/>, decoding only the widest window's
    /// edges, and the evidence pairs only of the edges <paramref name="evidenceOf"/> accepts by source and target id (none
    /// when null: the graph exports write none, and at 10 M posts the pairs' post ids were gigabytes).</summary>
    public static async Task<CoordinationRunEdges> ReadAsync(
        SqliteStore store, string? snapshotId, Func<string, string, bool>? evidenceOf, CancellationToken cancellationToken)
    {
        var run = await ReadRunAsync(store, snapshotId, new RunRead(WidestWindowOnly: true, evidenceOf ?? RunRead.NoEdge), cancellationToken);
        return run is null ? None : Of(run);
    }

    /// <summary>The run <paramref name="snapshotId"/> was analysed from, else the newest run, else null.</summary>
    public static Task<StoredCoordinationRun?> ReadRunAsync(SqliteStore store, string? snapshotId, CancellationToken cancellationToken) =>
        ReadRunAsync(store, snapshotId, RunRead.Whole, cancellationToken);

    private static async Task<StoredCoordinationRun?> ReadRunAsync(SqliteStore store, string? snapshotId, RunRead read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var runs = new CoordinationGraphRepository(store);
        var own = snapshotId is null ? null : await new SnapshotRepository(store).CoordinationRunOfAsync(snapshotId, cancellationToken);
        return (own is { } runId ? await runs.LoadAsync(runId, read, cancellationToken) : null) ?? await runs.LoadLatestAsync(read, cancellationToken);
    }

    /// <summary>The edges as the cluster analysis reads them, with evidence as post ids.</summary>
    public IReadOnlyList<ClusterEdge> ToClusterEdges() =>
        Layers.SelectMany(l => l.Edges.Select(e => new ClusterEdge(e.SourceId, e.TargetId, ShareKindNames.ClusterName(l.Kind), e.Weight,
                e.MeanDeltaSeconds, e.Evidence.Select(p => new ClusterEvidence(p.SourcePostId, p.TargetPostId)).ToList())))
            .ToList();

    /// <summary>The edges as the exports read them, with times, counts and the evidence objects of the pairs read; each is
    /// made when read (a run at 10 M posts has millions).</summary>
    public IReadOnlyList<SnapshotExportEdge> ToExportEdges()
    {
        // The layers with edges, and the position of each one's first edge in the list.
        var layers = Layers.Where(l => l.Edges.Count > 0).ToArray();
        var starts = new int[layers.Length];
        var kinds = new string[layers.Length];
        var count = 0;
        for (var l = 0; l < layers.Length; l++)
        {
            (starts[l], kinds[l]) = (count, ShareKindNames.ClusterName(layers[l].Kind));
            count += layers[l].Edges.Count;
        }

        return new IndexedList<SnapshotExportEdge>(count, i =>
        {
            var l = Array.BinarySearch(starts, i);
            l = l < 0 ? ~l - 1 : l;
            var e = layers[l].Edges[i - starts[l]];
            return new SnapshotExportEdge(e.SourceId, e.TargetId, kinds[l], e.Weight)
            {
                MeanDtSeconds = e.MeanDeltaSeconds,
                EvidenceCount = e.PairCount,
                First = e.First,
                Last = e.Last,
                Evidence = e.Evidence.Count == 0 ? [] : e.Evidence.Select(p => new SnapshotEvidence(p.SourcePostId, p.TargetPostId, p.Object)).ToList(),
            };
        });
    }
}
