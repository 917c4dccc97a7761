using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt.Logging;

namespace NetworkGraph.Bolt.Session;

/// Exponential back-off with jitter for idempotent work, bounded by a total retry time.
internal sealed class RetryPolicy(BoltRetryOptions options, TimeProvider time, ILogger logger)
{
    private readonly Random _random = new(options.Seed);
    private readonly Lock _gate = new();

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var delay = options.InitialDelay;
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(ct);
            }
            catch (BoltException ex) when (ex.IsRetryable && !ct.IsCancellationRequested)
            {
                var wait = Jitter(delay);
                if (time.GetElapsedTime(started) + wait > options.MaxRetryTime)
                {
                    throw;
                }

                Log.Retrying(logger, number, ex.Message, (long)wait.TotalMilliseconds);
                await Task.Delay(wait, time, ct);
                delay = TimeSpan.FromTicks((long)(delay.Ticks * options.Multiplier));
            }
        }
    }

    /// The delay scaled by a random factor in [1 - jitter, 1 + jitter].
    public TimeSpan Jitter(TimeSpan delay)
    {
        double sample;
        lock (_gate)
        {
            sample = _random.NextDouble();
        }

        var factor = 1 + options.JitterFactor * (2 * sample - 1);
        return TimeSpan.FromTicks((long)(delay.Ticks * factor));
    }
}
