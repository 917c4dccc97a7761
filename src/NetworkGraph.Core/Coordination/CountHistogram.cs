namespace NetworkGraph.Core.Coordination;

/// <summary>How many edges have each integer weight: an array for small weights, a dictionary for the rare large ones.</summary>
internal sealed class CountHistogram
{
    private const int Small = 1024;
    private readonly long[] _small = new long[Small];
    private readonly Dictionary<long, long> _large = [];

    public long Total { get; private set; }

    public void Add(long value, long times = 1)
    {
        if (times == 0)
        {
            return;
        }

        if (value < Small)
        {
            _small[value] += times;
        }
        else
        {
            _large[value] = _large.GetValueOrDefault(value) + times;
        }

        Total += times;
    }

    public void Merge(CountHistogram other)
    {
        for (var v = 0; v < Small; v++)
        {
            _small[v] += other._small[v];
        }

        foreach (var (value, count) in other._large)
        {
            _large[value] = _large.GetValueOrDefault(value) + count;
        }

        Total += other.Total;
    }

    /// <summary>The value at a 1-based rank of the sorted multiset.</summary>
    public long ValueAtRank(long rank)
    {
        long seen = 0;
        for (var v = 0; v < Small; v++)
        {
            seen += _small[v];
            if (seen >= rank)
            {
                return v;
            }
        }

        foreach (var value in _large.Keys.Order())
        {
            seen += _large[value];
            if (seen >= rank)
            {
                return value;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(rank), rank, "Beyond the number of values.");
    }
}
