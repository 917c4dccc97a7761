using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt;
using NetworkGraph.Cli.Commands.Neo4j;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Worker;

/// <summary>Pushes snapshots from the worker's store to Neo4j with the push service (idempotent; an interrupted push
/// resumes). The driver lives as long as the worker.</summary>
internal sealed class Neo4jSnapshotPublisher(
    WorkerPaths paths, BoltDriver driver, bool posts, int batchSize, TimeProvider time, ILoggerFactory loggers)
    : ISnapshotPublisher, IAsyncDisposable
{
    public async Task<PushResult> PublishAsync(string snapshotId, CancellationToken ct)
    {
        await using var store = SqliteStore.Open(paths.Database, time);
        var content = await new Neo4jPushSource(store).LoadAsync(SnapshotSelector.OfId(snapshotId), posts, ct);
        var pusher = new Neo4jPusher(driver, logger: loggers.CreateLogger<Neo4jPusher>());
        return await pusher.PushAsync(content, new Neo4jPushOptions { BatchSize = batchSize }, progress: null, ct);
    }

    public ValueTask DisposeAsync() => driver.DisposeAsync();
}
