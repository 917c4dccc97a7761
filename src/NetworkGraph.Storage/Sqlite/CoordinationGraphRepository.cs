using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using NetworkGraph.Storage.Sqlite.Ingest;
using NetworkGraph.Core.Coordination;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Keeps coordination graphs in the SQLite store (tables of migrations V002 and V007); each save is one
/// transaction and a new run.</summary>
public sealed class CoordinationGraphRepository
{
    private static readonly Newtonsoft.Json.JsonConverter[] OptionsJson = [new Newtonsoft.Json.Converters.StringEnumConverter()];
    private readonly SqliteStore _store;
    private readonly TimeProvider _timeProvider;

    /// <summary>Uses <paramref name="store"/>, already migrated by <see cref="SqliteStore.Open"/>.</summary>
    public CoordinationGraphRepository(SqliteStore store, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The most evidence pairs a saved edge keeps: the first half and the last half by time of those the
    /// graph holds (its <see cref="CoordinationEdge.Evidence"/>); the edge's pair_count keeps how many there were. The
    /// earliest and the latest pairs show how the coordination began and how long it went on; storing every sampled pair
    /// made the evidence most of a run's size and save time.</summary>
    public const int EvidencePerEdge = 4;

    /// <summary>Writes every layer and edge of <paramref name="graph"/> with at most <see cref="EvidencePerEdge"/> evidence
    /// pairs per edge as a new run; returns its id. Edges go a few thousand to a row in a compact binary form
    /// (<see cref="CoordinationEdgeBlock"/>), with accounts and objects named once per run: hundreds of thousands of
    /// edges at a million posts.</summary>
    public async Task<long> SaveAsync(CoordinationGraph graph, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var connection = _store.OpenConnection();

        // The run is appended, never read back here: a small page cache spills its pages to the WAL as they fill
        // instead of holding tens of megabytes of them (malloc keeps what SQLite frees, so it stayed in the peak RSS).
        RawStatement.Execute(connection.Handle!, "PRAGMA cache_size = -4096");
        await using var transaction = connection.BeginTransaction(deferred: false);
        var runId = await InsertRunAsync(connection, transaction, graph.Options, cancellationToken);
        WriteRun(connection.Handle!, runId, graph, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return runId;
    }

    /// <summary>Writes the run's layers, edge blocks, accounts and objects (optimized at once: it runs once per
    /// process over hundreds of thousands of edges, too briefly for tiered compilation to catch up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteRun(sqlite3 db, long runId, CoordinationGraph graph, CancellationToken cancellationToken)
    {
        // Each table's rows are queued apart, so a block may reach the table before its layer: the foreign keys are
        // checked at commit.
        RawStatement.Execute(db, "PRAGMA defer_foreign_keys = ON");
        using (var layers = new RowInserter(db, "coordination_layers",
            "run_id", "layer", "kind", "window_ms", "candidate_edges", "candidate_pairs", "weight_threshold"))
        using (var blocks = new RawStatement(db, "INSERT INTO coordination_edge_blocks (run_id, layer, block, edge_count, data) VALUES (?1, ?2, ?3, ?4, ?5)"))
        using (var names = new CoordinationRunNames(db, runId, graph))
        {
            var block = new CoordinationEdgeBlock();
            for (var l = 0; l < graph.Layers.Count; l++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var layer = graph.Layers[l];
                WriteLayer(layers, runId, l, layer);
                var number = 0;
                block.Clear();
                foreach (var edge in layer.Edges)
                {
                    WriteEdge(block, names, layer.Kind, edge);
                    if (block.Edges == CoordinationEdgeBlock.MaxEdges)
                    {
                        WriteBlock(blocks, runId, l, number++, block);
                    }
                }

                if (block.Edges > 0)
                {
                    WriteBlock(blocks, runId, l, number, block);
                }
            }

            layers.Flush();
            names.Flush();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteEdge(CoordinationEdgeBlock block, CoordinationRunNames names, ShareKind kind, CoordinationEdge edge)
    {
        var first = edge.First.ToUnixTimeMilliseconds();
        ReadOnlySpan<EvidencePair> evidence = edge.Evidence as EvidencePair[] ?? [.. edge.Evidence]; // an array as built
        var kept = Math.Min(evidence.Length, EvidencePerEdge);
        block.AddEdge(names.Account(edge.Source), names.Account(edge.Target), edge.PairCount, edge.Weight, edge.MeanDeltaSeconds,
            edge.MinDeltaSeconds, first, edge.Last.ToUnixTimeMilliseconds(), edge.SourcePosts, edge.TargetPosts, kept);
        for (var k = 0; k < kept; k++)
        {
            ref readonly var pair = ref evidence[KeptIndex(k, kept, evidence.Length)];
            var objectNumber = names.Object(kind, pair.Object);
            if (names.TryPostNumber(pair.SourcePost, out var sourcePost) && names.TryPostNumber(pair.TargetPost, out var targetPost))
            {
                block.AddPair(sourcePost, targetPost, pair.SourceUnixMilliseconds, pair.TargetUnixMilliseconds, first, objectNumber);
            }
            else
            {
                block.AddPair(names.Post(pair.SourcePost), names.Post(pair.TargetPost), pair.SourceUnixMilliseconds,
                    pair.TargetUnixMilliseconds, first, objectNumber);
            }
        }
    }

    private static void WriteBlock(RawStatement blocks, long runId, int layer, int number, CoordinationEdgeBlock block)
    {
        blocks.Bind(1, runId);
        blocks.Bind(2, layer);
        blocks.Bind(3, number);
        blocks.Bind(4, block.Edges);
        blocks.BindBlob(5, block.Written);
        blocks.Run();
        block.Clear();
    }

    /// <summary>The positions, in time order, of the evidence pairs a saved edge keeps out of <paramref name="count"/>:
    /// all of them when there are at most <paramref name="cap"/>, else the first (cap + 1) / 2 and the last cap / 2.</summary>
    internal static IEnumerable<int> KeptEvidence(int count, int cap) =>
        Enumerable.Range(0, Math.Min(count, cap)).Select(k => KeptIndex(k, Math.Min(count, cap), count));

    /// <summary>The position of the <paramref name="k"/>th of <paramref name="kept"/> pairs kept out of <paramref name="count"/>.</summary>
    private static int KeptIndex(int k, int kept, int count) => k < (kept + 1) / 2 ? k : count - (kept - k);

    private static void WriteLayer(RowInserter layers, long runId, int l, CoordinationLayer layer)
    {
        layers.Add(runId);
        layers.Add(l);
        layers.Add(ShareKindNames.StoredName(layer.Kind));
        layers.Add((long)layer.Window.TotalMilliseconds);
        layers.Add(layer.CandidateEdges);
        layers.Add(layer.CandidatePairs);
        if (layer.WeightThreshold is { } threshold)
        {
            layers.Add(threshold);
        }
        else
        {
            layers.Add((string?)null);
        }
    }

    /// <summary>Reads a run back, or null when there is none with that id.</summary>
    public Task<StoredCoordinationRun?> LoadAsync(long runId, CancellationToken cancellationToken) => LoadAsync(runId, RunRead.Whole, cancellationToken);

    /// <summary>Reads as much of a run as <paramref name="read"/> asks, or null when there is none with that id.</summary>
    public async Task<StoredCoordinationRun?> LoadAsync(long runId, RunRead read, CancellationToken cancellationToken)
    {
        await using var connection = _store.OpenConnection();
        return await CoordinationRunReader.ReadAsync(connection, runId, read, cancellationToken);
    }

    /// <summary>Reads the most recently saved run, or null when none was saved.</summary>
    public Task<StoredCoordinationRun?> LoadLatestAsync(CancellationToken cancellationToken) => LoadLatestAsync(RunRead.Whole, cancellationToken);

    /// <summary>Reads as much of the most recently saved run as <paramref name="read"/> asks, or null when none was saved.</summary>
    public async Task<StoredCoordinationRun?> LoadLatestAsync(RunRead read, CancellationToken cancellationToken)
    {
        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(run_id) FROM coordination_runs";
        var latest = await command.ExecuteScalarAsync(cancellationToken);
        return latest is long runId
            ? await CoordinationRunReader.ReadAsync(connection, runId, read, cancellationToken)
            : null;
    }

    /// <summary>Deletes every run but the <paramref name="keep"/> newest and those a stored snapshot refers to, in one
    /// transaction; returns how many were deleted.</summary>
    public Task<int> PruneAsync(int keep, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        return DeleteRunsAsync(
            "SELECT run_id FROM (SELECT run_id FROM coordination_runs ORDER BY run_id DESC LIMIT -1 OFFSET $value)", keep, cancellationToken);
    }

    /// <summary>Deletes run <paramref name="runId"/> unless a stored snapshot refers to it, in one transaction (e.g. the
    /// run an analysis stored before it found its input unchanged); returns whether it was deleted.</summary>
    public async Task<bool> DeleteAsync(long runId, CancellationToken cancellationToken) =>
        await DeleteRunsAsync("SELECT $value", runId, cancellationToken) > 0;

    /// <summary>Deletes, children first, the runs <paramref name="runs"/> selects (a constant query of this class, with
    /// one parameter <c>$value</c>) that no snapshot refers to; returns how many runs were deleted.</summary>
    private async Task<int> DeleteRunsAsync(string runs, long value, CancellationToken cancellationToken)
    {
        await using var connection = _store.OpenConnection();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var deleted = 0;
        foreach (var table in new[]
        {
            "coordination_evidence", "coordination_edges", "coordination_edge_blocks", "coordination_accounts", "coordination_objects",
            "coordination_layers", "coordination_runs",
        })
        {
            // The table names are the constants above, the run selection a constant of this class.
            await using var command = Command(connection, transaction,
                $"""
                DELETE FROM {table} WHERE run_id IN ({runs})
                    AND run_id NOT IN (SELECT run_id FROM snapshot_runs)
                """, "$value");
            command.Parameters["$value"].Value = value;
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private async Task<long> InsertRunAsync(
        SqliteConnection connection, SqliteTransaction transaction, CoordinationOptions options, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "INSERT INTO coordination_runs (created_at, options_json, evidence_cap) VALUES ($created, $options, $cap) RETURNING run_id",
            "$created", "$options", "$cap");
        command.Parameters["$cap"].Value = EvidencePerEdge;
        command.Parameters["$created"].Value = _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        command.Parameters["$options"].Value = Newtonsoft.Json.JsonConvert.SerializeObject(options, OptionsJson);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }
}
