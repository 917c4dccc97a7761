using NetworkGraph.Bolt;

namespace NetworkGraph.Storage.Neo4j.Push;

/// <summary>How far an earlier push of a snapshot got in one phase (a :PushState node).</summary>
internal readonly record struct PhaseState(long BatchesDone, long BatchCount, long BatchSize)
{
    /// <summary>Batches to skip now: an earlier push's progress counts only if the phase is cut the same way.</summary>
    public long ResumeFrom(long batchCount, long batchSize) =>
        BatchCount == batchCount && BatchSize == batchSize ? Math.Min(BatchesDone, batchCount) : 0;
}

/// <summary>Reads and writes :PushState nodes through cypher/state/*.cypher.</summary>
internal sealed class PushState(CypherCatalog catalog)
{
    public async Task<Dictionary<string, PhaseState>> ReadAsync(IBoltSession session, string snapshotId, CancellationToken ct)
    {
        var states = new Dictionary<string, PhaseState>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, object?> { ["snapshotId"] = snapshotId };
        await foreach (var record in session.RunAsync(catalog.Query("state/read"), parameters, ct))
        {
            states[record.Get<string>("phase")] = new PhaseState(
                record.Get<long?>("batchesDone") ?? 0,
                record.Get<long?>("batchCount") ?? 0,
                record.Get<long?>("batchSize") ?? 0);
        }

        return states;
    }

    /// <summary>Records progress inside the transaction that commits the batch it counts.</summary>
    public Task MarkAsync(IBoltTransaction tx, string snapshotId, string phase, long batchesDone, long batchCount,
        long batchSize, CancellationToken ct)
    {
        var state = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["snapshotId"] = snapshotId,
            ["phase"] = phase,
            ["batchesDone"] = batchesDone,
            ["batchCount"] = batchCount,
            ["batchSize"] = batchSize,
        };
        return tx.RunAndConsumeAsync(catalog.Query("state/mark"), new Dictionary<string, object?> { ["state"] = state }, ct);
    }
}
