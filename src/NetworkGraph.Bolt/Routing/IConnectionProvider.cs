using NetworkGraph.Bolt.Connection;

namespace NetworkGraph.Bolt.Routing;

/// Hands out connections for a mode and database: straight from the pool (bolt://) or via the routing table (neo4j://).
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken ct);

    ValueTask ReleaseAsync(BoltConnection connection);

    /// The server said NotALeader / ForbiddenOnReadOnlyDatabase: stop sending writes there.
    void ForgetWriter(ServerAddress address, string? database);

    /// The server could not be reached or the connection broke: stop routing to it.
    Task ForgetServerAsync(ServerAddress address);
}

internal sealed class DirectConnectionProvider(ServerAddress address, Pool.ConnectionPool pool) : IConnectionProvider
{
    public Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks,
        CancellationToken ct) => pool.AcquireAsync(address, ct);

    public ValueTask ReleaseAsync(BoltConnection connection) => pool.ReleaseAsync(connection);

    public void ForgetWriter(ServerAddress server, string? database)
    {
        // One server: nothing to re-route to.
    }

    public Task ForgetServerAsync(ServerAddress server) => pool.PurgeAsync(server);

    public ValueTask DisposeAsync() => pool.DisposeAsync();
}
