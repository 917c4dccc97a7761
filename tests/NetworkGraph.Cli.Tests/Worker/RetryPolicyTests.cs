using NetworkGraph.Bolt;
using NetworkGraph.Cli.Tests.Worker.Support;
using NetworkGraph.Cli.Worker;

namespace NetworkGraph.Cli.Tests.Worker;

public sealed class RetryPolicyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TimerSignallingTimeProvider _time = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private RetryPolicy CreateSut(int retries = 3) => new(_time, retries, TimeSpan.FromSeconds(5), new ListLogger<RetryPolicy>());

    [Fact]
    public async Task Retries_a_transient_error_after_delays_that_double()
    {
        var sut = CreateSut();
        var attempts = 0;
        using var attempted = new SemaphoreSlim(0);

        var run = sut.ExecuteAsync("neo4j push", _ =>
        {
            attempts++;
            attempted.Release();
            return attempts < 3
                ? Task.FromException<int>(new BoltConnectionException("connection refused"))
                : Task.FromResult(42);
        }, CancellationToken.None);

        Assert.True(await attempted.WaitAsync(Patience));
        Assert.True(await _time.TimerCreatedAsync(Patience), "no wait before the first retry");
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(await attempted.WaitAsync(TimeSpan.FromMilliseconds(200)), "retried before 5 s");
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await attempted.WaitAsync(Patience));
        Assert.True(await _time.TimerCreatedAsync(Patience), "no wait before the second retry");
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(await attempted.WaitAsync(TimeSpan.FromMilliseconds(200)), "the second retry did not wait 10 s");
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(42, await run.WaitAsync(Patience));
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task Does_not_retry_a_permanent_error()
    {
        var sut = CreateSut();
        var attempts = 0;

        var error = await Assert.ThrowsAsync<BoltServerException>(() => sut.ExecuteAsync<int>("neo4j push", _ =>
        {
            attempts++;
            throw new BoltServerException("Neo.ClientError.Statement.SyntaxError", "bad query");
        }, CancellationToken.None));

        Assert.Equal(1, attempts);
        Assert.Contains("SyntaxError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gives_up_with_the_last_error_once_the_retries_are_spent()
    {
        var sut = CreateSut(retries: 1);
        var attempts = 0;

        var run = sut.ExecuteAsync<int>("neo4j push", _ =>
        {
            attempts++;
            throw new BoltServerException("Neo.TransientError.General.DatabaseUnavailable", $"attempt {attempts}");
        }, CancellationToken.None);
        for (var i = 0; i < 500 && !run.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(10);
        }

        var error = await Assert.ThrowsAsync<BoltServerException>(() => run);
        Assert.Equal(2, attempts);
        Assert.Contains("attempt 2", error.Message, StringComparison.Ordinal);
    }
}
