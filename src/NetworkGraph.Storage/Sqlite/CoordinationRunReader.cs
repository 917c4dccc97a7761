using System.Globalization;
using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Reads one stored coordination run back into <see cref="StoredCoordinationRun"/>: its edges from
/// coordination_edge_blocks (runs saved since V007) or from coordination_edges and coordination_evidence rows (runs saved
/// before).</summary>
internal static class CoordinationRunReader
{
    public static Task<StoredCoordinationRun?> ReadAsync(SqliteConnection connection, long runId, CancellationToken cancellationToken) =>
        ReadAsync(connection, runId, RunRead.Whole, cancellationToken);

    /// <summary>Reads the run as <paramref name="read"/> asks: whole, or (for a run saved since V007) only the edges of
    /// its widest window, the other layers listed with no edges, and evidence pairs only of the edges it names.</summary>
    public static async Task<StoredCoordinationRun?> ReadAsync(SqliteConnection connection, long runId, RunRead read, CancellationToken cancellationToken)
    {
        await using var run = Query(connection, "SELECT created_at, options_json, evidence_cap FROM coordination_runs WHERE run_id = $run", runId);
        await using var runReader = await run.ExecuteReaderAsync(cancellationToken);
        if (!await runReader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var createdAt = DateTimeOffset.Parse(runReader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var optionsJson = runReader.GetString(1);
        int? cap = runReader.IsDBNull(2) ? null : runReader.GetInt32(2);
        var rows = new List<(int Layer, ShareKind Kind, TimeSpan Window, long CandidateEdges, long CandidatePairs, double? Threshold)>();
        await using (var layerQuery = Query(connection, """
            SELECT layer, kind, window_ms, candidate_edges, candidate_pairs, weight_threshold
            FROM coordination_layers WHERE run_id = $run ORDER BY layer
            """, runId))
        {
            await using var reader = await layerQuery.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((
                    reader.GetInt32(0),
                    ShareKindNames.FromStoredName(reader.GetString(1)),
                    TimeSpan.FromMilliseconds(reader.GetInt64(2)),
                    reader.GetInt64(3),
                    reader.GetInt64(4),
                    reader.IsDBNull(5) ? null : reader.GetDouble(5)));
            }
        }

        HashSet<int>? only = null;
        if (read.WidestWindowOnly && EvidenceWindow.Of(rows.Select(r => r.Window)) is { } widest)
        {
            only = [.. rows.Where(r => r.Window == widest).Select(r => r.Layer)];
        }

        var edges = cap is null
            ? await ReadEdgeRowsAsync(connection, runId, await ReadEvidenceAsync(connection, runId, cancellationToken), cancellationToken)
            : await ReadEdgeBlocksAsync(connection, runId, only, read.EvidenceOf, cancellationToken);
        var layers = rows.Select(r => new StoredCoordinationLayer(
            r.Kind, r.Window, r.CandidateEdges, r.CandidatePairs, r.Threshold, edges.TryGetValue(r.Layer, out var list) ? list : [])).ToList();
        return new StoredCoordinationRun(runId, createdAt, optionsJson, layers) { EvidenceCap = cap };
    }

    /// <summary>The edges of a run saved since V007, by layer (only the layers <paramref name="only"/> names, when given).</summary>
    private static async Task<Dictionary<int, List<StoredCoordinationEdge>>> ReadEdgeBlocksAsync(
        SqliteConnection connection, long runId, HashSet<int>? only, Func<string, string, bool> evidenceOf, CancellationToken cancellationToken)
    {
        var accounts = await ReadNamesAsync(connection, "SELECT account, account_id FROM coordination_accounts WHERE run_id = $run ORDER BY account", runId, cancellationToken);
        var objects = await ReadNamesAsync(connection, "SELECT object, label FROM coordination_objects WHERE run_id = $run ORDER BY object", runId, cancellationToken);
        var edges = new Dictionary<int, List<StoredCoordinationEdge>>();
        await using var query = Query(connection,
            "SELECT layer, edge_count, data FROM coordination_edge_blocks WHERE run_id = $run ORDER BY layer, block", runId);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var layer = reader.GetInt32(0);
            if (only is not null && !only.Contains(layer))
            {
                continue;
            }

            if (!edges.TryGetValue(layer, out var list))
            {
                edges[layer] = list = [];
            }

            var before = list.Count;
            CoordinationEdgeBlock.Read(reader.GetFieldValue<byte[]>(2), accounts, objects, list, evidenceOf);
            if (list.Count - before != reader.GetInt64(1))
            {
                throw new InvalidDataException($"A block of coordination run {runId} holds {list.Count - before} edges, not the {reader.GetInt64(1)} it records.");
            }
        }

        return edges;
    }

    /// <summary>The edges of a run saved before V007, by layer, with <paramref name="evidence"/>.</summary>
    private static async Task<Dictionary<int, List<StoredCoordinationEdge>>> ReadEdgeRowsAsync(
        SqliteConnection connection, long runId, Dictionary<(int, int), List<StoredEvidencePair>> evidence, CancellationToken cancellationToken)
    {
        var edges = new Dictionary<int, List<StoredCoordinationEdge>>();
        await using var query = Query(connection, """
            SELECT layer, edge, source_id, target_id, pair_count, weight, mean_dt, min_dt, first_time, last_time,
                   source_posts, target_posts
            FROM coordination_edges WHERE run_id = $run ORDER BY layer, edge
            """, runId);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var layer = reader.GetInt32(0);
            if (!edges.TryGetValue(layer, out var list))
            {
                edges[layer] = list = [];
            }

            list.Add(new StoredCoordinationEdge(
                reader.GetString(2),
                reader.GetString(3),
                reader.GetInt64(4),
                reader.GetDouble(5),
                reader.GetDouble(6),
                reader.GetDouble(7),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
                reader.GetInt32(10),
                reader.GetInt32(11),
                evidence.TryGetValue((layer, reader.GetInt32(1)), out var pairs) ? pairs : []));
        }

        return edges;
    }

    private static async Task<Dictionary<(int, int), List<StoredEvidencePair>>> ReadEvidenceAsync(
        SqliteConnection connection, long runId, CancellationToken cancellationToken)
    {
        var evidence = new Dictionary<(int, int), List<StoredEvidencePair>>();
        await using var query = Query(connection, """
            SELECT layer, edge, source_post, target_post, source_time, target_time, object
            FROM coordination_evidence WHERE run_id = $run ORDER BY layer, edge, ordinal
            """, runId);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetInt32(0), reader.GetInt32(1));
            if (!evidence.TryGetValue(key, out var list))
            {
                evidence[key] = list = [];
            }

            list.Add(new StoredEvidencePair(
                reader.GetString(2),
                reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
                reader.GetString(6)));
        }

        return evidence;
    }

    /// <summary>A run's account ids or object labels by number (the query reads number and name, in number order).</summary>
    private static async Task<List<string>> ReadNamesAsync(SqliteConnection connection, string sql, long runId, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using var query = Query(connection, sql, runId);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetInt64(0) != names.Count)
            {
                throw new InvalidDataException($"Coordination run {runId} lacks name {names.Count} of its edges ({sql}).");
            }

            names.Add(reader.GetString(1));
        }

        return names;
    }

    private static SqliteCommand Query(SqliteConnection connection, string sql, long runId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$run", runId);
        return command;
    }
}

/// <summary>How much of a stored run to read.</summary>
/// <param name="WidestWindowOnly">Only the edges of the run's widest window (what every reader of a run's edges shows, see
/// <see cref="EvidenceWindow"/>).</param>
/// <param name="EvidenceOf">The edges (by source and target id) whose evidence pairs are read: a report quotes the pairs of
/// a few clusters' edges, and at 10 M posts the others' post ids were a gigabyte (<see cref="AllEdges"/>,
/// <see cref="NoEdge"/>). Runs saved before V007 are read whole.</param>
public sealed record RunRead(bool WidestWindowOnly, Func<string, string, bool> EvidenceOf)
{
    // Declared before Whole, which is made from AllEdges (static initialisers run in order).

    /// <summary>Accepts every edge.</summary>
    public static Func<string, string, bool> AllEdges { get; } = (_, _) => true;

    /// <summary>Accepts no edge.</summary>
    public static Func<string, string, bool> NoEdge { get; } = (_, _) => false;

    /// <summary>Every layer's edges with their evidence pairs.</summary>
    public static RunRead Whole { get; } = new(WidestWindowOnly: false, AllEdges);
}
