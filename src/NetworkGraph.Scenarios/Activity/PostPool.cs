using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Activity;

/// <summary>
/// Recent posts that others may retweet, reply to or share, in time order. Lookups go back from a post's time by a
/// drawn delay, so retweet delays follow the delay distribution; entries older than the horizon are dropped.
/// </summary>
internal sealed class PostPool
{
    private long[] _time = new long[1024];
    private long[] _id = new long[1024];
    private int[] _author = new int[1024];
    private TextSource[] _text = new TextSource[1024];
    private int _head;
    private int _count;

    public int Live => _count - _head;

    public void Add(long timeMs, long tweetId, int author, TextSource text)
    {
        if (_count == _time.Length)
        {
            Compact();
        }

        if (_count > 0 && timeMs < _time[_count - 1])
        {
            throw new InvalidOperationException("Pool entries must be added in time order.");
        }

        _time[_count] = timeMs;
        _id[_count] = tweetId;
        _author[_count] = author;
        _text[_count] = text;
        _count++;
    }

    /// <summary>Forgets entries older than <paramref name="timeMs"/>.</summary>
    public void DropBefore(long timeMs)
    {
        while (_head < _count && _time[_head] < timeMs)
        {
            _head++;
        }
    }

    /// <summary>
    /// Picks an entry posted about <paramref name="delayMs"/> before <paramref name="timeMs"/> (never later than
    /// <paramref name="timeMs"/> minus <paramref name="minDelayMs"/>); -1 when there is none.
    /// </summary>
    public int Pick(long timeMs, long delayMs, long minDelayMs, Rng rng)
    {
        var i = LastAtOrBefore(timeMs - Math.Max(delayMs, minDelayMs));
        if (i < _head)
        {
            return -1;
        }

        // Spread the picks over neighbouring posts rather than always the nearest.
        return Math.Max(_head, i - rng.Geometric(0.45));
    }

    public long Time(int i) => _time[i];

    public long TweetId(int i) => _id[i];

    public int Author(int i) => _author[i];

    public TextSource Text(int i) => _text[i];

    private int LastAtOrBefore(long timeMs)
    {
        int lo = _head, hi = _count - 1, found = _head - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_time[mid] <= timeMs)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private void Compact()
    {
        var live = _count - _head;
        if (_head > 0 && live < _time.Length / 2)
        {
            Array.Copy(_time, _head, _time, 0, live);
            Array.Copy(_id, _head, _id, 0, live);
            Array.Copy(_author, _head, _author, 0, live);
            Array.Copy(_text, _head, _text, 0, live);
        }
        else
        {
            var size = _time.Length * 2;
            var time = new long[size];
            var id = new long[size];
            var author = new int[size];
            var text = new TextSource[size];
            Array.Copy(_time, _head, time, 0, live);
            Array.Copy(_id, _head, id, 0, live);
            Array.Copy(_author, _head, author, 0, live);
            Array.Copy(_text, _head, text, 0, live);
            (_time, _id, _author, _text) = (time, id, author, text);
        }

        _head = 0;
        _count = live;
    }
}
