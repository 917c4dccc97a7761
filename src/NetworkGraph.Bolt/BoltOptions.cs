using Microsoft.Extensions.Logging;

namespace NetworkGraph.Bolt;

/// <summary>Everything <see cref="BoltDriver.Create"/> needs; <see cref="ToString"/> never shows credentials.</summary>
public sealed class BoltOptions
{
    /// <summary>Server URI: bolt://, bolt+s://, bolt+ssc:// (one server) or neo4j://, neo4j+s://, neo4j+ssc:// (routing).</summary>
    public required string Uri { get; init; }

    /// <summary>Credentials; defaults to no authentication.</summary>
    public BoltAuth Auth { get; init; } = BoltAuth.None;

    /// <summary>Database for sessions that name none; null means the user's home database.</summary>
    public string? Database { get; init; }

    /// <summary>The user_agent sent in HELLO ("Name/Version").</summary>
    public string UserAgent { get; init; } = "NetworkGraph/0.1";

    /// <summary>Limit for TCP connect, TLS, handshake and log-on together.</summary>
    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a session waits for a pooled connection when the pool is full.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Connections older than this are closed instead of reused.</summary>
    public TimeSpan MaxConnectionLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Most connections open at once to one server.</summary>
    public int MaxConnectionPoolSize { get; init; } = 100;

    /// <summary>Records asked for per PULL; -1 pulls everything at once.</summary>
    public long FetchSize { get; init; } = 1000;

    /// <summary>Server-side transaction timeout (tx_timeout); null keeps the server's default.</summary>
    public TimeSpan? TransactionTimeout { get; init; }

    /// <summary>Retry settings for ExecuteReadAsync/ExecuteWriteAsync.</summary>
    public BoltRetryOptions Retry { get; init; } = new();

    /// <summary>Clock for timeouts, back-off and routing-table expiry.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Logger factory; null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Uri} ({Auth}, database {Database ?? "(home)"})";
}

/// <summary>Back-off of <see cref="RetryPolicy"/> (the driver's managed transactions, the worker's cycle steps): delay
/// grows by <see cref="Multiplier"/>, jittered, until <see cref="MaxRetries"/> or <see cref="MaxRetryTime"/> is spent.</summary>
public sealed class BoltRetryOptions
{
    /// <summary>How many times a failed attempt is tried again at most (default: as often as the retry time allows).</summary>
    public int MaxRetries { get; init; } = int.MaxValue;

    /// <summary>Total time spent retrying before the last error is thrown.</summary>
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay before the first retry.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Factor applied to the delay after each retry.</summary>
    public double Multiplier { get; init; } = 2.0;

    /// <summary>Relative jitter: each delay is scaled by a random factor in [1 - j, 1 + j].</summary>
    public double JitterFactor { get; init; } = 0.2;

    /// <summary>Seed of the jitter's random numbers (same seed, same delays).</summary>
    public int Seed { get; init; } = 7687;
}
