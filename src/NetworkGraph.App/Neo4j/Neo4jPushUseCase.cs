using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Neo4j;

/// <summary>Copies a snapshot and the graph around it from the SQLite store into Neo4j (<c>neo4j push</c> and the
/// worker's publishing); pushing again changes nothing, an interrupted push resumes.</summary>
internal sealed class Neo4jPushUseCase(TimeProvider time, ILoggerFactory loggers)
{
    /// <summary>Opens the store and reads what the push sends; a missing store or snapshot is a usage error, raised
    /// before any connection to Neo4j. The store stays open until the returned push is disposed.</summary>
    public async Task<Neo4jPush> PrepareAsync(Neo4jPushRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!File.Exists(request.Database))
        {
            throw new UsageException($"No store at {request.Database}: ingest data and run the analysis first, or pass --db FILE.");
        }

        // Accounts and posts stream from the store batch by batch while the push runs.
        var store = SqliteStore.Open(request.Database, time);
        try
        {
            var content = await new Neo4jPushSource(store).LoadAsync(request.Snapshot, request.Posts, ct);
            return new Neo4jPush(store, content, request.Options, loggers);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}

/// <summary>Which snapshot of which store to push, and how.</summary>
/// <param name="Database">The SQLite store.</param>
/// <param name="Snapshot">The snapshot to push.</param>
/// <param name="Posts">Whether the posts go too.</param>
/// <param name="Options">Batch size and whether to send every batch again.</param>
internal sealed record Neo4jPushRequest(string Database, SnapshotSelector Snapshot, bool Posts, Neo4jPushOptions Options);

/// <summary>A push ready to send: the open store and what it holds for the snapshot.</summary>
internal sealed class Neo4jPush(SqliteStore store, Neo4jPushContent content, Neo4jPushOptions options, ILoggerFactory loggers) : IAsyncDisposable
{
    /// <summary>Sends the snapshot with <paramref name="driver"/>, reporting each phase's progress.</summary>
    public Task<PushResult> RunAsync(BoltDriver driver, IProgress<PushProgress>? progress, CancellationToken ct) =>
        new Neo4jPusher(driver, logger: loggers.CreateLogger<Neo4jPusher>()).PushAsync(content, options, progress, ct);

    /// <summary>Closes the store.</summary>
    public ValueTask DisposeAsync() => store.DisposeAsync();
}
