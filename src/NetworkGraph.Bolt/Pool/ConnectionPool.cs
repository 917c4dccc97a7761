using System.Collections.Concurrent;
using NetworkGraph.Bolt.Connection;

namespace NetworkGraph.Bolt.Pool;

/// Idle connections per server address, with a cap on open connections per address.
internal sealed class ConnectionPool(ConnectionSettings settings, int maxSize, TimeSpan acquisitionTimeout, TimeSpan maxLifetime)
    : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ServerAddress, AddressPool> _pools = new();
    private volatile bool _closed;

    public ConnectionSettings Settings => settings;

    public async Task<BoltConnection> AcquireAsync(ServerAddress address, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        var pool = _pools.GetOrAdd(address, _ => new AddressPool(maxSize));
        using (var timeout = new CancellationTokenSource(acquisitionTimeout, settings.Time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token))
        {
            try
            {
                await pool.Slots.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                throw new BoltConnectionException(
                    $"No connection to {address} became free within {acquisitionTimeout.TotalSeconds:0.#} s " +
                    $"({maxSize} are in use).", ex);
            }
        }

        try
        {
            while (pool.Idle.TryPop(out var idle))
            {
                if (IsReusable(idle))
                {
                    return idle;
                }

                await idle.CloseAsync();
            }

            return await BoltConnection.OpenAsync(address, settings, ct);
        }
        catch
        {
            pool.Slots.Release();
            throw;
        }
    }

    /// Returns a connection: reset if it is mid-conversation, closed if broken or too old.
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        var pool = _pools.GetOrAdd(connection.Address, _ => new AddressPool(maxSize));
        try
        {
            if (!connection.IsBroken && connection.Pending > 0)
            {
                using var timeout = new CancellationTokenSource(settings.ConnectTimeout, settings.Time);
                try
                {
                    await connection.ResetAsync(timeout.Token);
                }
                catch (Exception ex) when (ex is BoltException or OperationCanceledException)
                {
                    // The connection is marked broken and closed below.
                }
            }

            if (_closed || !IsReusable(connection))
            {
                await connection.CloseAsync();
            }
            else
            {
                pool.Idle.Push(connection);
            }
        }
        finally
        {
            pool.Slots.Release();
        }
    }

    /// Closes idle connections to an address that the routing table dropped.
    public async Task PurgeAsync(ServerAddress address)
    {
        if (_pools.TryGetValue(address, out var pool))
        {
            while (pool.Idle.TryPop(out var idle))
            {
                await idle.CloseAsync();
            }
        }
    }

    private bool IsReusable(BoltConnection connection) =>
        !connection.IsBroken && connection.Pending == 0
        && settings.Time.GetElapsedTime(connection.CreatedAt) < maxLifetime;

    public async ValueTask DisposeAsync()
    {
        _closed = true;
        foreach (var pool in _pools.Values)
        {
            while (pool.Idle.TryPop(out var idle))
            {
                await idle.CloseAsync();
            }
        }
    }

    private sealed class AddressPool(int maxSize)
    {
        public ConcurrentStack<BoltConnection> Idle { get; } = new();

        public SemaphoreSlim Slots { get; } = new(maxSize, maxSize);
    }
}
