using NetworkGraph.App.Neo4j;
using NetworkGraph.Bolt;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;

namespace NetworkGraph.App.Worker;

/// <summary>Pushes snapshots from the worker's store to Neo4j with the push use case (idempotent; an interrupted push
/// resumes). The driver lives as long as the worker.</summary>
internal sealed class Neo4jSnapshotPublisher(string database, BoltDriver driver, bool posts, int batchSize, Neo4jPushUseCase push)
    : ISnapshotPublisher, IAsyncDisposable
{
    public async Task<PushResult> PublishAsync(string snapshotId, CancellationToken ct)
    {
        var request = new Neo4jPushRequest(database, SnapshotSelector.OfId(snapshotId), posts, new Neo4jPushOptions { BatchSize = batchSize });
        await using var prepared = await push.PrepareAsync(request, ct);
        return await prepared.RunAsync(driver, progress: null, ct);
    }

    public ValueTask DisposeAsync() => driver.DisposeAsync();
}
