using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt;

namespace NetworkGraph.Cli.Worker;

/// <summary>Runs one cycle step again after a transient error (Neo4j transient or connection error, SQLite busy),
/// waiting <c>firstDelay</c>, then twice as long each time; any other error, or the last one, goes to the caller.</summary>
internal sealed class RetryPolicy(TimeProvider time, int retries, TimeSpan firstDelay, ILogger<RetryPolicy> logger)
{
    /// <summary>How many times a step is tried again.</summary>
    public int Retries => retries;

    public async Task<T> ExecuteAsync<T>(string step, Func<CancellationToken, Task<T>> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(ct);
            }
            catch (Exception ex) when (attempt <= retries && IsTransient(ex) && !ct.IsCancellationRequested)
            {
                var delay = firstDelay * Math.Pow(2, attempt - 1);
                logger.LogWarning(
                    "Step {Step} failed with a transient error (attempt {Attempt} of {Attempts}), retrying in {DelaySeconds} s: {Error}",
                    step, attempt, retries + 1, delay.TotalSeconds, ex.Message);
                await Task.Delay(delay, time, ct);
            }
        }
    }

    /// <summary>Whether trying the same idempotent step again may succeed.</summary>
    public static bool IsTransient(Exception error) => error switch
    {
        BoltException bolt => bolt.IsRetryable,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        TimeoutException => true,
        _ => false,
    };
}
