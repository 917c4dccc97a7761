using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt.Connection;
using NetworkGraph.Bolt.Logging;
using NetworkGraph.Bolt.Messages;
using NetworkGraph.Bolt.Pool;

namespace NetworkGraph.Bolt.Routing;

/// neo4j:// routing: keeps a routing table per database (ROUTE), sends reads to readers and writes to writers,
/// round-robin, and drops servers that fail or stop leading.
internal sealed class RoutingConnectionProvider(BoltUri uri, ConnectionPool pool, ILogger logger) : IConnectionProvider
{
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly TimeProvider _time = pool.Settings.Time;
    private int _roundRobin;

    public async Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks,
        CancellationToken ct)
    {
        var key = database ?? "";
        var failures = new List<string>();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var table = await GetTableAsync(key, database, mode, bookmarks, ct);
            var servers = mode == AccessMode.Read ? table.Readers : table.Writers;
            if (servers.Count == 0)
            {
                break;
            }

            var server = servers[(int)((uint)Interlocked.Increment(ref _roundRobin) % (uint)servers.Count)];
            try
            {
                return await pool.AcquireAsync(server, ct);
            }
            catch (BoltConnectionException ex) when (ex.IsRetryable)
            {
                failures.Add($"{server}: {ex.Message}");
                await ForgetServerAsync(server);
            }
        }

        var role = mode == AccessMode.Read ? "reader" : "writer";
        throw new BoltConnectionException(
            $"No {role} for database {(database ?? "(home)")} could be reached" +
            (failures.Count > 0 ? ": " + string.Join("; ", failures) : "."));
    }

    public ValueTask ReleaseAsync(BoltConnection connection) => pool.ReleaseAsync(connection);

    public void ForgetWriter(ServerAddress address, string? database)
    {
        var key = database ?? "";
        if (_tables.TryGetValue(key, out var table))
        {
            Log.Forgetting(logger, address, "writer", database ?? "(home)", "it is no longer the leader");
            _tables[key] = table.WithoutWriter(address);
        }
    }

    public async Task ForgetServerAsync(ServerAddress address)
    {
        foreach (var (key, table) in _tables)
        {
            _tables[key] = table.Without(address);
        }

        await pool.PurgeAsync(address);
    }

    private async Task<RoutingTable> GetTableAsync(string key, string? database, AccessMode mode,
        IReadOnlyList<string> bookmarks, CancellationToken ct)
    {
        if (_tables.TryGetValue(key, out var table) && !table.IsStaleFor(mode, _time))
        {
            return table;
        }

        await _refresh.WaitAsync(ct);
        try
        {
            if (_tables.TryGetValue(key, out table) && !table.IsStaleFor(mode, _time))
            {
                return table;
            }

            table = await FetchAsync(table, database, bookmarks, ct);
            _tables[key] = table;
            Log.RoutingTable(logger, database ?? "(home)", (long)_time.GetElapsedTime(_time.GetTimestamp(), table.ExpiresAt).TotalSeconds,
                string.Join(", ", table.Routers), string.Join(", ", table.Readers), string.Join(", ", table.Writers));
            return table;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// Asks each known router in turn, then the address from the URI, for a new table.
    private async Task<RoutingTable> FetchAsync(RoutingTable? previous, string? database, IReadOnlyList<string> bookmarks,
        CancellationToken ct)
    {
        var routers = (previous?.Routers ?? []).Append(uri.Address).Distinct().ToList();
        var failures = new List<string>();
        foreach (var router in routers)
        {
            try
            {
                return await RouteAsync(router, database, bookmarks, ct);
            }
            catch (BoltConnectionException ex)
            {
                Log.RouterFailed(logger, router, ex.Message);
                failures.Add(ex.Message);
            }
        }

        throw new BoltConnectionException(
            $"Could not fetch a routing table from any router ({string.Join(", ", routers)}): {string.Join("; ", failures)}");
    }

    private async Task<RoutingTable> RouteAsync(ServerAddress router, string? database, IReadOnlyList<string> bookmarks,
        CancellationToken ct)
    {
        var connection = await pool.AcquireAsync(router, ct);
        try
        {
            var reply = await connection.RequestAsync(Requests.Route(uri.RoutingMap(), bookmarks, database), ct);
            var rt = reply.Get<IReadOnlyDictionary<string, object?>>("rt")
                ?? throw new BoltProtocolException($"{router} answered ROUTE without a routing table.");
            var table = RoutingTable.Parse(rt, _time);
            if (table.Routers.Count == 0)
            {
                throw new BoltConnectionException($"{router} returned a routing table with no routers.");
            }

            return table;
        }
        finally
        {
            await pool.ReleaseAsync(connection);
        }
    }

    public ValueTask DisposeAsync() => pool.DisposeAsync();
}
