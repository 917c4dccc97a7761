using Microsoft.Extensions.Logging.Abstractions;

namespace NetworkGraph.Bolt.Tests;

public sealed class RetryPolicyTests
{
    private readonly FakeClock _clock = new();

    private RetryPolicy CreateSut(int seed = 1, double maxSeconds = 5) => new(
        new BoltRetryOptions
        {
            InitialDelay = TimeSpan.FromSeconds(1), MaxRetryTime = TimeSpan.FromSeconds(maxSeconds), Seed = seed,
        },
        _clock, NullLogger.Instance);

    [Fact]
    public void Jitter_is_the_same_for_the_same_seed_and_stays_within_bounds()
    {
        var a = CreateSut(seed: 42);
        var b = CreateSut(seed: 42);
        var delays = Enumerable.Range(0, 50).Select(_ => a.Jitter(TimeSpan.FromSeconds(1))).ToList();
        Assert.Equal(delays, Enumerable.Range(0, 50).Select(_ => b.Jitter(TimeSpan.FromSeconds(1))));
        Assert.All(delays, d => Assert.InRange(d.TotalMilliseconds, 800, 1200));
        Assert.True(delays.Distinct().Count() > 40);
    }

    [Fact]
    public async Task Retries_transient_errors_until_the_work_succeeds()
    {
        var attempts = 0;
        var result = await _clock.FastForwardAsync(CreateSut().ExecuteAsync(_ =>
        {
            if (++attempts < 3)
            {
                throw new BoltServerException("Neo.TransientError.General.DatabaseUnavailable", "busy");
            }

            return Task.FromResult("done");
        }, default));
        Assert.Equal(("done", 3), (result, attempts));
    }

    [Fact]
    public async Task Waits_before_each_retry_twice_as_long_as_before_give_or_take_the_jitter()
    {
        var attempts = 0;
        var run = CreateSut(maxSeconds: 60).ExecuteAsync(_ =>
        {
            if (++attempts < 3)
            {
                throw new BoltConnectionException("connection refused");
            }

            return Task.FromResult(attempts);
        }, default);

        var first = await _clock.NextTimerAsync();
        Assert.Equal(1, attempts);
        _clock.Advance(first);
        var second = await _clock.NextTimerAsync();
        Assert.Equal(2, attempts);
        _clock.Advance(second);

        Assert.Equal(3, await run.WaitAsync(Patience.Limit));
        Assert.InRange(first.TotalSeconds, 0.8, 1.2);
        Assert.InRange(second.TotalSeconds, 1.6, 2.4);
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError")]
    [InlineData("Neo.TransientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    public async Task Does_not_retry_errors_that_will_fail_again(string code)
    {
        var attempts = 0;
        await Assert.ThrowsAsync<BoltServerException>(() => CreateSut().ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new BoltServerException(code, "no");
        }, default));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Gives_up_with_the_last_error_once_the_retry_time_is_spent()
    {
        var attempts = 0;
        var started = _clock.GetUtcNow();
        var error = await Assert.ThrowsAsync<BoltConnectionException>(() => _clock.FastForwardAsync(CreateSut(maxSeconds: 5).ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new BoltConnectionException($"attempt {attempts}");
        }, default)));

        // Waits of about 1 s and 2 s fit into 5 s; the next, about 4 s, would not.
        Assert.Equal(3, attempts);
        Assert.Equal($"attempt {attempts}", error.Message);
        Assert.InRange((_clock.GetUtcNow() - started).TotalSeconds, 2.4, 5);
    }

    [Fact]
    public async Task Stops_retrying_once_cancelled()
    {
        using var cts = new CancellationTokenSource();
        var attempts = 0;
        await Assert.ThrowsAsync<BoltServerException>(() => CreateSut().ExecuteAsync<int>(_ =>
        {
            attempts++;
            cts.Cancel();
            throw new BoltServerException("Neo.TransientError.General.DatabaseUnavailable", "busy");
        }, cts.Token));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Gives_up_once_the_retries_are_spent_even_with_time_left()
    {
        var sut = new RetryPolicy(new BoltRetryOptions { MaxRetries = 1, MaxRetryTime = TimeSpan.FromHours(1) }, _clock, NullLogger.Instance);
        var attempts = 0;
        var error = await Assert.ThrowsAsync<BoltConnectionException>(() => _clock.FastForwardAsync(sut.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new BoltConnectionException($"attempt {attempts}");
        }, default)));

        Assert.Equal((2, "attempt 2"), (attempts, error.Message));
    }

    [Fact]
    public async Task Retries_what_the_caller_calls_transient_and_nothing_else()
    {
        var sut = new RetryPolicy(new BoltRetryOptions { JitterFactor = 0 }, _clock, NullLogger.Instance, e => e is TimeoutException);
        var attempts = 0;
        var result = await _clock.FastForwardAsync(sut.ExecuteAsync(_ => ++attempts < 2 ? throw new TimeoutException() : Task.FromResult(attempts), default));
        Assert.Equal(2, result);

        attempts = 0;
        await Assert.ThrowsAsync<BoltConnectionException>(() => sut.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new BoltConnectionException("a retryable Bolt error this caller does not retry");
        }, default));
        Assert.Equal(1, attempts);
    }
}
