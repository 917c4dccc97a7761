using NetworkGraph.App.Worker;
using NetworkGraph.Bolt;
using NetworkGraph.Cli.Tests.Worker.Support;

namespace NetworkGraph.Cli.Tests.Worker;

public sealed class WorkerRetryTests
{
    private readonly FakeClock _time = new();

    private RetryPolicy CreateSut(int retries = 3) => WorkerRetry.Create(_time, retries, TimeSpan.FromSeconds(5), new ListLogger<RetryPolicy>());

    [Fact]
    public async Task Retries_a_transient_error_after_delays_that_double()
    {
        var sut = CreateSut();
        var attempts = 0;

        var run = sut.ExecuteAsync("neo4j push", _ =>
        {
            attempts++;
            return attempts < 3
                ? Task.FromException<int>(new BoltConnectionException("connection refused"))
                : Task.FromResult(42);
        }, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(5), await _time.NextTimerAsync());
        Assert.Equal(1, attempts);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(10), await _time.NextTimerAsync());
        Assert.Equal(2, attempts);
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(42, await run.WaitAsync(Patience.Limit));
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

        var error = await Assert.ThrowsAsync<BoltServerException>(() => _time.FastForwardAsync(run));
        Assert.Equal(2, attempts);
        Assert.Contains("attempt 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_driver_of_a_retried_step_does_not_retry_inside_it()
    {
        var driverPolicy = new RetryPolicy(WorkerRetry.NoDriverRetry, _time, new ListLogger<RetryPolicy>());
        var attempts = 0;

        await Assert.ThrowsAsync<BoltConnectionException>(() => driverPolicy.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new BoltConnectionException("connection refused");
        }, CancellationToken.None));

        Assert.Equal(1, attempts);
    }
}
