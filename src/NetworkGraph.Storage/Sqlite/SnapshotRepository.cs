using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Keeps snapshots in the SQLite store (tables of migration V003); each save is one transaction.</summary>
public sealed class SnapshotRepository : ISnapshotRepository
{
    private readonly SqliteStore _store;

    /// <summary>Uses <paramref name="store"/>, already migrated by <see cref="SqliteStore.Open"/>.</summary>
    public SnapshotRepository(SqliteStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc/>
    public Task SaveAsync(Snapshot snapshot, CancellationToken cancellationToken) => SaveAsync(snapshot, null, cancellationToken);

    /// <summary>Saves <paramref name="snapshot"/> together with the coordination run it was analysed from, in one
    /// transaction; pruning keeps that run as long as the snapshot is stored.</summary>
    public Task SaveAsync(Snapshot snapshot, long? coordinationRunId, CancellationToken cancellationToken) =>
        SaveAsync(snapshot, null, coordinationRunId, cancellationToken);

    /// <summary>Saves <paramref name="snapshot"/> as <see cref="SaveAsync(Snapshot, long?, CancellationToken)"/> does,
    /// with the JSON of its rows made ahead (<see cref="SnapshotJsonRows.Of"/>, of the snapshot or of the one it was
    /// before its structure was attached).</summary>
    public async Task SaveAsync(Snapshot snapshot, SnapshotJsonRows? json, long? coordinationRunId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await using var connection = _store.OpenConnection();
        await using var transaction = connection.BeginTransaction(deferred: false);
        try
        {
            await SnapshotRows.InsertAsync(connection, transaction, snapshot, json, cancellationToken);
            if (coordinationRunId is { } runId)
            {
                await using var link = connection.CreateCommand();
                link.Transaction = transaction;
                link.CommandText = "INSERT INTO snapshot_runs (snapshot_id, run_id) VALUES ($snapshot, $run)";
                link.Parameters.AddWithValue("$snapshot", snapshot.Id);
                link.Parameters.AddWithValue("$run", runId);
                await link.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19) // SQLITE_CONSTRAINT
        {
            throw new InvalidOperationException(
                $"Snapshot {snapshot.Id} (version {snapshot.Version}) clashes with a stored one: ids and versions are unique.", ex);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SnapshotSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.snapshot_id, s.version, s.created_at, s.input_fingerprint, s.profile_name,
                   count(c.cluster_id), coalesce(sum(c.flagged), 0), coalesce(sum(c.size), 0),
                   coalesce(sum(CASE WHEN c.flagged = 1 THEN c.size ELSE 0 END), 0)
            FROM snapshots s LEFT JOIN snapshot_clusters c ON c.snapshot_id = s.snapshot_id
            GROUP BY s.snapshot_id
            ORDER BY s.version
            """;
        var result = new List<SnapshotSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new SnapshotSummary(
                reader.GetString(0),
                reader.GetInt32(1),
                SnapshotRows.ParseTime(reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetInt32(8)));
        }

        return result;
    }

    /// <inheritdoc/>
    public Task<Snapshot?> LoadLatestAsync(CancellationToken cancellationToken) =>
        LoadWhereAsync("ORDER BY version DESC LIMIT 1", null, cancellationToken);

    /// <inheritdoc/>
    public Task<Snapshot?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return LoadWhereAsync("WHERE snapshot_id = $key", id, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Snapshot?> LoadVersionAsync(int version, CancellationToken cancellationToken) =>
        LoadWhereAsync("WHERE version = $key", version, cancellationToken);

    /// <summary>The snapshot <paramref name="selector"/> names (the newest, a version or an id), or null when none matches.</summary>
    public Task<Snapshot?> FindAsync(SnapshotSelector selector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return selector.IsLatest ? LoadLatestAsync(cancellationToken)
            : selector.Version is { } version ? LoadVersionAsync(version, cancellationToken)
            : LoadAsync(selector.Id!, cancellationToken);
    }

    /// <summary>The coordination run <paramref name="snapshotId"/> was analysed from, or null when none was recorded.</summary>
    public async Task<long?> CoordinationRunOfAsync(string snapshotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshotId);
        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT run_id FROM snapshot_runs WHERE snapshot_id = $snapshot";
        command.Parameters.AddWithValue("$snapshot", snapshotId);
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    /// <summary>Deletes every snapshot but the <paramref name="keep"/> highest versions, in one transaction; returns
    /// how many were deleted. Later snapshots go on counting versions from the newest one kept.</summary>
    public async Task<int> PruneAsync(int keep, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        const string Old = "(SELECT snapshot_id FROM snapshots ORDER BY version DESC LIMIT -1 OFFSET $keep)";
        await using var connection = _store.OpenConnection();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var deleted = 0;
        foreach (var table in SnapshotStructureRows.Tables.Concat(["snapshot_runs", "snapshot_campaigns", "snapshot_members", "snapshot_clusters", "snapshots"]))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;

            // Children first; the table names are the constants above.
            command.CommandText = $"DELETE FROM {table} WHERE snapshot_id IN {Old}";
            command.Parameters.AddWithValue("$keep", keep);
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private async Task<Snapshot?> LoadWhereAsync(string filter, object? key, CancellationToken cancellationToken)
    {
        await using var connection = _store.OpenConnection();

        // A deferred (read) transaction: the header and its clusters come from the same state of the file.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;

        // The filter is one of three constant strings above; the key always travels as a parameter.
        command.CommandText = "SELECT snapshot_id, version, created_at, input_fingerprint, profile_name, parameters_json FROM snapshots " + filter;
        if (key is not null)
        {
            command.Parameters.AddWithValue("$key", key);
        }

        Snapshot header;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            header = new Snapshot(
                reader.GetString(0),
                reader.GetInt32(1),
                SnapshotRows.ParseTime(reader.GetString(2)),
                SnapshotJson.Deserialize<Dictionary<string, string>>(reader.GetString(5)),
                reader.GetString(3),
                reader.GetString(4),
                []);
        }

        var clusters = await SnapshotRows.ReadClustersAsync(connection, transaction, header.Id, cancellationToken);
        var (operations, amplification) = await SnapshotStructureRows.ReadAsync(connection, transaction, header.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return header with { Clusters = clusters, Operations = operations, Amplification = amplification };
    }
}
