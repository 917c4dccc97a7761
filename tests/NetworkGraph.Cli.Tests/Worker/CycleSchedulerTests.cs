using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NetworkGraph.Cli.Tests.Worker.Support;
using NetworkGraph.Cli.Worker;

namespace NetworkGraph.Cli.Tests.Worker;

public sealed class CycleSchedulerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(300);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ListLogger<CycleScheduler> _logger = new();

    private CycleScheduler CreateSut() => new(_time, _logger);

    [Fact]
    public async Task Runs_at_once_and_then_once_per_interval()
    {
        var sut = CreateSut();
        using var runs = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource();

        var loop = sut.RunAsync("test", Interval, _ => { runs.Release(); return Task.CompletedTask; }, stop.Token);

        Assert.True(await runs.WaitAsync(Patience), "no run at start");
        _time.Advance(Interval - TimeSpan.FromSeconds(1));
        Assert.False(await runs.WaitAsync(TimeSpan.FromMilliseconds(200)), "ran before the interval was over");
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await runs.WaitAsync(Patience), "no run after one interval");
        _time.Advance(Interval);
        Assert.True(await runs.WaitAsync(Patience), "no run after two intervals");

        await stop.CancelAsync();
        await loop.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_failing_run_is_logged_and_the_next_run_still_happens()
    {
        var sut = CreateSut();
        using var runs = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource();
        var count = 0;

        var loop = sut.RunAsync("Analysis cycle", Interval, _ =>
        {
            runs.Release();
            return ++count == 1 ? Task.FromException(new InvalidOperationException("disk full")) : Task.CompletedTask;
        }, stop.Token);

        Assert.True(await runs.WaitAsync(Patience));
        _time.Advance(Interval);
        Assert.True(await runs.WaitAsync(Patience), "the run after a failure did not happen");
        await stop.CancelAsync();
        await loop.WaitAsync(Patience);

        var error = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("disk full", error.Exception?.Message);
        Assert.Equal("Analysis cycle", error.Values["Loop"]);
        Assert.Equal(1, error.Values["Run"]);
    }

    [Fact]
    public async Task A_stop_during_a_run_or_a_wait_ends_the_loop_without_an_error()
    {
        var sut = CreateSut();
        using var stop = new CancellationTokenSource();
        using var started = new SemaphoreSlim(0);

        var loop = sut.RunAsync("test", Interval, async ct =>
        {
            started.Release();
            await Task.Delay(Timeout.Infinite, ct);
        }, stop.Token);

        Assert.True(await started.WaitAsync(Patience));
        await stop.CancelAsync();
        await loop.WaitAsync(Patience);

        Assert.True(loop.IsCompletedSuccessfully);
        Assert.Empty(_logger.Entries);
    }
}
