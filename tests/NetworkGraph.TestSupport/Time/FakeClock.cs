using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace NetworkGraph.TestSupport;

/// <summary>The tests' one fake clock: time moves only when a test moves it, and the clock tells the test each time
/// the code under test starts waiting on it, so no test sleeps or depends on how fast the machine is.</summary>
public sealed class FakeClock : FakeTimeProvider
{
    /// <summary>The instant a clock made without one starts at (2024-03-01 12:00 UTC).</summary>
    public static readonly DateTimeOffset DefaultStart = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();
    private int _fired;

    /// <summary>Makes a clock that reads <see cref="DefaultStart"/> until a test moves it.</summary>
    public FakeClock()
        : this(DefaultStart)
    {
    }

    /// <summary>Makes a clock that reads <paramref name="start"/> until a test moves it.</summary>
    public FakeClock(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>How many times a timer of this clock has fired (each period of a periodic timer counts).</summary>
    public int TimersFired => Volatile.Read(ref _fired);

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = base.CreateTimer(s =>
        {
            Interlocked.Increment(ref _fired);
            callback(s);
        }, state, dueTime, period);
        _created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until the code under test creates a timer (a delay, a timeout, a periodic timer) that was not
    /// waited for before, and returns its due time; the timer exists, so advancing the clock now fires it.</summary>
    public async Task<TimeSpan> NextTimerAsync() => await _created.Reader.ReadAsync().AsTask().WaitAsync(Patience.Limit);

    /// <summary>Lets <paramref name="work"/> run to its end, moving the clock forward by each timer's due time as soon
    /// as the work creates the timer: every delay and timeout of the work passes at once.</summary>
    public async Task<T> FastForwardAsync<T>(Task<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await FastForwardAsync((Task)work);
        return await work;
    }

    /// <summary>Lets <paramref name="work"/> run to its end, moving the clock forward by each timer's due time as soon
    /// as the work creates the timer: every delay and timeout of the work passes at once.</summary>
    public async Task FastForwardAsync(Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var finished = new CancellationTokenSource();
        try
        {
            while (!work.IsCompleted)
            {
                var timer = _created.Reader.WaitToReadAsync(finished.Token).AsTask();
                await Task.WhenAny(work, timer).WaitAsync(Patience.Limit);
                while (_created.Reader.TryRead(out var due))
                {
                    if (due > TimeSpan.Zero && due != Timeout.InfiniteTimeSpan)
                    {
                        Advance(due);
                    }
                }
            }
        }
        finally
        {
            await finished.CancelAsync();
        }

        await work;
    }
}
