using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt;

namespace NetworkGraph.App.Neo4j;

/// <summary>Builds a Bolt driver from connection options and NEO4J_* variables.</summary>
internal sealed class Neo4jDriverFactory(TimeProvider time, ILoggerFactory loggers)
{
    /// <summary>A driver for <paramref name="settings"/>; its transactions retry for up to the connection timeout unless
    /// <paramref name="retry"/> says otherwise.</summary>
    public BoltDriver Create(Neo4jConnection settings, BoltRetryOptions? retry = null)
    {
        var password = settings.Password ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        var user = settings.User ?? Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j";
        return BoltDriver.Create(new BoltOptions
        {
            Uri = settings.Uri ?? Environment.GetEnvironmentVariable("NEO4J_URI") ?? "bolt://localhost:7687",
            Auth = string.IsNullOrEmpty(password) ? BoltAuth.None : BoltAuth.Basic(user, password),
            Database = NullIfEmpty(settings.Database ?? Environment.GetEnvironmentVariable("NEO4J_DATABASE")),
            UserAgent = $"networkgraph/{typeof(Neo4jDriverFactory).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}",
            ConnectionTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)),
            ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)),
            Retry = retry ?? new BoltRetryOptions { MaxRetryTime = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)) },
            TimeProvider = time,
            LoggerFactory = loggers,
        });
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
