using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NetworkGraph.Bolt.Connection;
using NetworkGraph.Bolt.Pool;
using NetworkGraph.Bolt.Routing;
using NetworkGraph.Bolt.Session;

namespace NetworkGraph.Bolt;

/// <summary>Entry point: owns the connection pool (and routing table for neo4j://) and opens sessions.</summary>
public sealed class BoltDriver : IAsyncDisposable
{
    private readonly BoltOptions _options;
    private readonly BoltUri _uri;
    private readonly IConnectionProvider _provider;
    private readonly RetryPolicy _retry;

    private BoltDriver(BoltOptions options)
    {
        _options = options;
        _uri = BoltUri.Parse(options.Uri);
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("NetworkGraph.Bolt");
        var settings = ConnectionSettings.From(options, _uri, logger);
        var pool = new ConnectionPool(settings, options.MaxConnectionPoolSize, options.ConnectionAcquisitionTimeout,
            options.MaxConnectionLifetime);
        _provider = _uri.Routing
            ? new RoutingConnectionProvider(_uri, pool, logger)
            : new DirectConnectionProvider(_uri.Address, pool);
        _retry = new RetryPolicy(options.Retry, options.TimeProvider, logger);
    }

    /// <summary>Creates a driver; nothing connects until the first piece of work.</summary>
    public static BoltDriver Create(BoltOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxConnectionPoolSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxConnectionPoolSize must be at least 1.");
        }

        if (options.FetchSize is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "FetchSize must be positive, or -1 for all records.");
        }

        return new BoltDriver(options);
    }

    /// <summary>Opens a session (cheap: it borrows a connection only while work runs).</summary>
    public IBoltSession OpenSession(BoltSessionConfig? config = null) =>
        new BoltSession(_provider, _options, config ?? new BoltSessionConfig(), _retry);

    /// <summary>Connects (through routing for neo4j://) and reports the server's agent and negotiated Bolt version.</summary>
    public async Task<ServerInfo> GetServerInfoAsync(AccessMode mode = AccessMode.Read, CancellationToken cancellationToken = default)
    {
        var connection = await _provider.AcquireAsync(mode, _options.Database, [], cancellationToken);
        try
        {
            return new ServerInfo(connection.Address.ToString(), connection.ServerAgent, connection.Version.ToString(),
                _options.Database);
        }
        finally
        {
            await _provider.ReleaseAsync(connection);
        }
    }

    /// <summary>Says GOODBYE on every idle connection and closes them.</summary>
    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    /// <inheritdoc />
    public override string ToString() => $"BoltDriver({_uri})";
}
