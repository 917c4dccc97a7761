using Microsoft.Extensions.Logging;

namespace NetworkGraph.Bolt.Connection;

/// What every new connection needs: how to secure it, who we are, and how long to wait.
internal sealed record ConnectionSettings(
    BoltAuth Auth,
    string UserAgent,
    TlsMode Tls,
    IReadOnlyDictionary<string, object?>? RoutingContext,
    TimeSpan ConnectTimeout,
    TimeProvider Time,
    ILogger Logger)
{
    public static ConnectionSettings From(BoltOptions options, BoltUri uri, ILogger logger) => new(
        options.Auth,
        options.UserAgent,
        uri.Tls,
        uri.Routing ? uri.RoutingMap() : null,
        options.ConnectionTimeout,
        options.TimeProvider,
        logger);
}
