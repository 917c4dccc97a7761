using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt.Logging;

namespace NetworkGraph.Bolt;

/// <summary>The one retry policy: runs idempotent work again after a transient error, waiting
/// <see cref="BoltRetryOptions.InitialDelay"/> and then <see cref="BoltRetryOptions.Multiplier"/> times longer each
/// time (jittered), until <see cref="BoltRetryOptions.MaxRetries"/> retries or <see cref="BoltRetryOptions.MaxRetryTime"/>
/// are spent; any other error, or the last one, goes to the caller. The driver uses it for managed transactions, the
/// worker for its cycle steps; a retried step must not retry inside (the worker's driver gets a zero retry time).</summary>
public sealed class RetryPolicy
{
    private readonly BoltRetryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<Exception, bool> _isTransient;
    private readonly Random _random;
    private readonly Lock _gate = new();

    /// <summary>A policy with <paramref name="options"/>; <paramref name="isTransient"/> says which errors are worth
    /// another attempt (default: retryable Bolt errors).</summary>
    public RetryPolicy(BoltRetryOptions options, TimeProvider time, ILogger logger, Func<Exception, bool>? isTransient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _logger = logger;
        _isTransient = isTransient ?? (e => e is BoltException { IsRetryable: true });
        _random = new Random(options.Seed);
    }

    /// <summary>How many times a failed attempt is tried again at most.</summary>
    public int MaxRetries => _options.MaxRetries;

    /// <summary>Runs <paramref name="attempt"/> until it succeeds, fails for good, or the retries are spent.</summary>
    public Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken ct) => ExecuteAsync(null, attempt, ct);

    /// <summary>As <see cref="ExecuteAsync{T}(Func{CancellationToken, Task{T}}, CancellationToken)"/>, naming the
    /// <paramref name="step"/> in the warning each retry logs.</summary>
    public async Task<T> ExecuteAsync<T>(string? step, Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var started = _time.GetTimestamp();
        var delay = _options.InitialDelay;
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(ct);
            }
            catch (Exception ex) when (number <= _options.MaxRetries && _isTransient(ex) && !ct.IsCancellationRequested)
            {
                var wait = Jitter(delay);
                if (_time.GetElapsedTime(started) + wait > _options.MaxRetryTime)
                {
                    throw;
                }

                if (step is null)
                {
                    Log.Retrying(_logger, number, ex.Message, (long)wait.TotalMilliseconds);
                }
                else
                {
                    Log.StepRetrying(_logger, step, number, _options.MaxRetries + 1, wait.TotalSeconds, ex.Message);
                }

                await Task.Delay(wait, _time, ct);
                delay = TimeSpan.FromTicks((long)(delay.Ticks * _options.Multiplier));
            }
        }
    }

    /// <summary>The delay scaled by a random factor in [1 - jitter, 1 + jitter].</summary>
    public TimeSpan Jitter(TimeSpan delay)
    {
        double sample;
        lock (_gate)
        {
            sample = _random.NextDouble();
        }

        var factor = 1 + _options.JitterFactor * (2 * sample - 1);
        return TimeSpan.FromTicks((long)(delay.Ticks * factor));
    }
}
