using Microsoft.Extensions.Logging;
using NetworkGraph.Cli.Tests.Worker.Support;
using NetworkGraph.Cli.Worker;

namespace NetworkGraph.Cli.Tests.Worker;

public sealed class CycleSchedulerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(300);
    private readonly FakeClock _time = new();
    private readonly ListLogger<CycleScheduler> _logger = new();

    private CycleScheduler CreateSut() => new(_time, _logger);

    [Fact]
    public async Task Runs_at_once_and_then_once_per_interval()
    {
        var sut = CreateSut();
        using var runs = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource();

        var loop = sut.RunAsync("test", Interval, _ => { runs.Release(); return Task.CompletedTask; }, stop.Token);

        Assert.Equal(Interval, await _time.NextTimerAsync());
        Assert.True(await runs.WaitAsync(Patience.Limit), "no run at start");
        _time.Advance(Interval - TimeSpan.FromSeconds(1));
        Assert.Equal((0, 0), (_time.TimersFired, runs.CurrentCount)); // nothing due before the interval is over
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await runs.WaitAsync(Patience.Limit), "no run after one interval");
        _time.Advance(Interval);
        Assert.True(await runs.WaitAsync(Patience.Limit), "no run after two intervals");

        await stop.CancelAsync();
        await loop.WaitAsync(Patience.Limit);
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

        Assert.True(await runs.WaitAsync(Patience.Limit));
        _time.Advance(Interval);
        Assert.True(await runs.WaitAsync(Patience.Limit), "the run after a failure did not happen");
        await stop.CancelAsync();
        await loop.WaitAsync(Patience.Limit);

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

        Assert.True(await started.WaitAsync(Patience.Limit));
        await stop.CancelAsync();
        await loop.WaitAsync(Patience.Limit);

        Assert.True(loop.IsCompletedSuccessfully);
        Assert.Empty(_logger.Entries);
    }
}
