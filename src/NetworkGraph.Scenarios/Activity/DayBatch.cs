using NetworkGraph.Core.Model;

namespace NetworkGraph.Scenarios.Activity;

/// <summary>The posts of one UTC day; ids are snowflakes of the post time plus the post's index in the day.</summary>
internal sealed class DayBatch
{
    public const long TwitterEpochMs = 1288834974657L;
    private const int MaxPerDay = 1 << 22;
    private PostEvent[] _events = new PostEvent[4096];
    private long[] _keys = new long[4096];
    private int[] _order = new int[4096];

    public int Count { get; private set; }

    /// <summary>Chunks of this batch still being formatted (the batch is reused once it drops to zero).</summary>
    public int PendingChunks;

    /// <summary>The order computed by the last <see cref="TimeOrder"/> call.</summary>
    public ReadOnlySpan<int> Order => _order.AsSpan(0, Count);

    public long DayStartMs { get; private set; }

    public DateOnly Date { get; private set; }

    public int DayIndex { get; private set; }

    public void Reset(int dayIndex, DateOnly date)
    {
        DayIndex = dayIndex;
        Date = date;
        DayStartMs = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        Count = 0;
    }

    public ref PostEvent this[int index] => ref _events[index];

    /// <summary>Adds a post at <paramref name="timeMs"/> (clamped into the day) and returns it for filling in.</summary>
    public ref PostEvent Add(long timeMs, int author, PostKind kind, TextSource text)
    {
        if (Count == MaxPerDay)
        {
            throw new InvalidOperationException($"More than {MaxPerDay} posts on {Date:yyyy-MM-dd}; lengthen the period or lower Posts.");
        }

        if (Count == _events.Length)
        {
            Array.Resize(ref _events, _events.Length * 2);
        }

        var t = Math.Clamp(timeMs, DayStartMs, DayStartMs + 86_399_999);
        ref var e = ref _events[Count];
        e = default;
        e.TimeMs = t;
        e.TweetId = ((t - TwitterEpochMs) << 22) | (long)Count;
        e.Author = author;
        e.Kind = kind;
        e.Text = text;
        Count++;
        return ref e;
    }

    /// <summary>Indices of the posts in time order (ties broken by index), valid until the next Add.</summary>
    public ReadOnlySpan<int> TimeOrder()
    {
        if (_keys.Length < Count)
        {
            _keys = new long[_events.Length];
            _order = new int[_events.Length];
        }

        for (var i = 0; i < Count; i++)
        {
            _keys[i] = ((_events[i].TimeMs - DayStartMs) << 23) | (long)i;
        }

        Array.Sort(_keys, 0, Count);
        for (var i = 0; i < Count; i++)
        {
            _order[i] = (int)(_keys[i] & ((1 << 23) - 1));
        }

        return _order.AsSpan(0, Count);
    }
}
