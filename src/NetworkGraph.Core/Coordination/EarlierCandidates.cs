namespace NetworkGraph.Core.Coordination;

/// <summary>For each text, the earliest texts found similar to it (a fixed number of slots, ascending), filled by
/// several threads at once.</summary>
/// <remarks>A text keeps the smallest indexes offered to it whatever the order of the offers, so the slots, and
/// the groups formed from them (<see cref="RepresentativeGroups"/>), do not depend on thread count or timing.</remarks>
internal sealed class EarlierCandidates
{
    private const int Empty = int.MaxValue;
    private const int LockStripes = 1024;
    private readonly int[] _slots;
    private readonly int _width;
    private readonly Lock[] _locks;

    public EarlierCandidates(int count, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        _width = width;
        _slots = new int[checked(count * width)];
        Array.Fill(_slots, Empty);
        _locks = [.. Enumerable.Range(0, LockStripes).Select(_ => new Lock())];
    }

    /// <summary>Whether offering <paramref name="earlier"/> to <paramref name="text"/> could change its slots (it is
    /// not there yet, and there is room or it is earlier than the latest kept); a cheap check before a comparison.</summary>
    public bool Wants(int text, int earlier)
    {
        var row = _slots.AsSpan(text * _width, _width);
        for (var s = 0; s < row.Length; s++)
        {
            var kept = Volatile.Read(ref row[s]);
            if (kept == earlier)
            {
                return false;
            }

            if (kept > earlier)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps <paramref name="earlier"/> (an index below <paramref name="text"/>) among the text's candidates
    /// when it is one of the earliest offered.</summary>
    public void Offer(int text, int earlier)
    {
        if (earlier >= text)
        {
            throw new ArgumentOutOfRangeException(nameof(earlier), earlier, "A candidate must come before the text.");
        }

        lock (_locks[text % LockStripes])
        {
            var row = _slots.AsSpan(text * _width, _width);
            var at = 0;
            while (at < row.Length && row[at] < earlier)
            {
                at++;
            }

            if (at == row.Length || row[at] == earlier)
            {
                return;
            }

            for (var s = row.Length - 1; s > at; s--)
            {
                Volatile.Write(ref row[s], row[s - 1]);
            }

            Volatile.Write(ref row[at], earlier);
        }
    }

    /// <summary>The candidates kept for <paramref name="text"/>, earliest first. Call when no offer is running.</summary>
    public ReadOnlySpan<int> Of(int text)
    {
        var row = _slots.AsSpan(text * _width, _width);
        var filled = row.IndexOf(Empty);
        return filled < 0 ? row : row[..filled];
    }

    /// <summary>The number of texts.</summary>
    public int Count => _slots.Length / _width;
}
