using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt;

namespace NetworkGraph.App.Worker;

/// <summary>The worker's use of the one <see cref="RetryPolicy"/>: a cycle step is tried again after a transient error
/// (Neo4j transient or connection error, SQLite busy, a timeout), waiting <c>firstDelay</c>, then twice as long each
/// time, without jitter; any other error, or the last one, goes to the caller.</summary>
internal static class WorkerRetry
{
    /// <summary>The policy for <paramref name="retries"/> retries starting at <paramref name="firstDelay"/>.</summary>
    public static RetryPolicy Create(TimeProvider time, int retries, TimeSpan firstDelay, ILogger logger) => new(
        new BoltRetryOptions
        {
            MaxRetries = retries,
            MaxRetryTime = TimeSpan.MaxValue,
            InitialDelay = firstDelay,
            Multiplier = 2,
            JitterFactor = 0,
        },
        time,
        logger,
        IsTransient);

    /// <summary>The driver settings of a driver whose work the worker retries as a whole step: it does not retry
    /// inside the step, so the two never nest.</summary>
    public static BoltRetryOptions NoDriverRetry { get; } = new() { MaxRetries = 0 };

    /// <summary>Whether trying the same idempotent step again may succeed.</summary>
    public static bool IsTransient(Exception error) => error switch
    {
        BoltException bolt => bolt.IsRetryable,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        TimeoutException => true,
        _ => false,
    };
}
