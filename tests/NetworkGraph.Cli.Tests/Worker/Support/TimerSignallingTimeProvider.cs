using Microsoft.Extensions.Time.Testing;

namespace NetworkGraph.Cli.Tests.Worker.Support;

/// <summary>A fake clock that says when code under test has started waiting on it, so a test advances time only after
/// the timer it means to fire exists.</summary>
internal sealed class TimerSignallingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly SemaphoreSlim _created = new(0);

    /// <summary>Waits until one more timer has been created than were waited for before.</summary>
    public Task<bool> TimerCreatedAsync(TimeSpan patience) => _created.WaitAsync(patience);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _created.Release();
        return timer;
    }
}
