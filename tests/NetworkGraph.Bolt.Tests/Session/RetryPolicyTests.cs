using Microsoft.Extensions.Logging.Abstractions;
using NetworkGraph.Bolt.Session;

namespace NetworkGraph.Bolt.Tests.Session;

public sealed class RetryPolicyTests
{
    private static RetryPolicy CreateSut(int seed = 1, double maxSeconds = 5) => new(
        new BoltRetryOptions
        {
            InitialDelay = TimeSpan.FromMilliseconds(1), MaxRetryTime = TimeSpan.FromSeconds(maxSeconds), Seed = seed,
        },
        TimeProvider.System, NullLogger.Instance);

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
        var result = await CreateSut().ExecuteAsync(_ =>
        {
            if (++attempts < 3)
                throw new BoltServerException("Neo.TransientError.General.DatabaseUnavailable", "busy");
            return Task.FromResult("done");
        }, default);
        Assert.Equal(("done", 3), (result, attempts));
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
        var error = await Assert.ThrowsAsync<BoltConnectionException>(() => CreateSut(maxSeconds: 0.05).ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new BoltConnectionException($"attempt {attempts}");
        }, default));
        Assert.True(attempts > 1);
        Assert.Equal($"attempt {attempts}", error.Message);
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
}
