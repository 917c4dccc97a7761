namespace NetworkGraph.Core.Coordination;

/// <summary>For each text, the earliest texts found similar to it (a fixed number of slots, ascending).</summary>
/// <remarks>A text keeps the smallest indexes offered to it whatever the order of the offers, so the slots, and
/// the groups formed from them (<see cref="RepresentativeGroups"/>), do not depend on thread count or timing.
/// <see cref="OfferAll"/> takes many similar pairs at once (a band's), sorts them by text and offers each run of
/// texts on its own thread: no locks, no two threads writing one text's slots, and the slots read in ascending order
/// rather than at random (a text's slots are one cache line of a table far larger than the cache).</remarks>
internal sealed class EarlierCandidates
{
    private const int Empty = int.MaxValue;
    private readonly int _width;
    private readonly int _textBits;
    private readonly int _count;
    private int[] _slots;
    private int[]? _start;

    /// <summary>Empty slots for <paramref name="count"/> texts, <paramref name="width"/> each, set on up to
    /// <paramref name="degree"/> threads (hundreds of megabytes of fresh memory on a large collection: most of the time
    /// goes to the page faults of its first writes, which each thread takes on its own share).</summary>
    public EarlierCandidates(int count, int width, int degree = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        _width = width;
        _count = count;
        var slots = GC.AllocateUninitializedArray<int>(checked(count * width));
        const int Part = 1 << 20;
        Parallel.For(0, (slots.Length + Part - 1) / Part, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degree) }, p =>
            slots.AsSpan(p * Part, Math.Min(Part, slots.Length - (p * Part))).Fill(Empty));
        _slots = slots;
        _textBits = Math.Max(1, 32 - int.LeadingZeroCount(Math.Max(1, count - 1)));
    }

    /// <summary>Keeps <paramref name="earlier"/> (an index below <paramref name="text"/>) among the text's candidates
    /// when it is one of the earliest offered. Not for several threads at once (see <see cref="OfferAll"/>).</summary>
    public void Offer(int text, int earlier)
    {
        if (_start is not null)
        {
            throw new InvalidOperationException("The candidates were compacted: no more offers.");
        }

        if (earlier >= text)
        {
            throw new ArgumentOutOfRangeException(nameof(earlier), earlier, "A candidate must come before the text.");
        }

        var row = _slots.AsSpan(text * _width, _width);
        if (row[^1] <= earlier)
        {
            return; // full of earlier ones, or the last kept
        }

        var at = 0;
        while (row[at] < earlier)
        {
            at++;
        }

        if (row[at] == earlier)
        {
            return;
        }

        row[at..^1].CopyTo(row[(at + 1)..]);
        row[at] = earlier;
    }

    /// <summary>Offers <paramref name="pairs"/> (text in the upper 32 bits, the earlier text in the lower) as
    /// <see cref="Offer"/> would one by one, on up to <paramref name="degree"/> threads; their order is changed, and
    /// <paramref name="spare"/> is sort space at least as long. What is kept does not depend on the order of the offers,
    /// so several calls keep what one call with all their pairs keeps.</summary>
    public void OfferAll(Memory<ulong> pairs, Memory<ulong> spare, int degree)
    {
        SortOffers(pairs.Span, spare.Span);
        OfferSorted(pairs, degree);
    }

    /// <summary>The first half of <see cref="OfferAll"/>: sorts <paramref name="pairs"/> by text (<paramref name="spare"/>
    /// is sort space at least as long); touches no slot, so several threads may sort their own pairs at once.</summary>
    public void SortOffers(Span<ulong> pairs, Span<ulong> spare) =>
        RadixSort.Sort<ulong>(pairs, default, spare[..pairs.Length], default, 32, 32 + _textBits);

    /// <summary>The second half of <see cref="OfferAll"/>: offers pairs sorted by <see cref="SortOffers"/>.</summary>
    public void OfferSorted(Memory<ulong> pairs, int degree)
    {
        var count = pairs.Length;
        var parts = Math.Max(1, Math.Min(degree, count / 65_536));
        var sorted = pairs.Span;
        var bounds = new int[parts + 1];
        bounds[parts] = count;
        for (var p = 1; p < parts; p++)
        {
            // A part starts where a text starts, so no text is offered on two threads.
            var at = Math.Max(bounds[p - 1], (int)((long)count * p / parts));
            while (at > 0 && at < count && sorted[at] >> 32 == sorted[at - 1] >> 32)
            {
                at++;
            }

            bounds[p] = at;
        }

        if (parts == 1)
        {
            OfferRange(sorted);
            return;
        }

        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = degree }, p =>
            OfferRange(pairs.Span[bounds[p]..bounds[p + 1]]));
    }

    private void OfferRange(ReadOnlySpan<ulong> pairs)
    {
        foreach (var pair in pairs)
        {
            Offer((int)(pair >> 32), (int)(uint)pair);
        }
    }

    /// <summary>The candidates kept for <paramref name="text"/>, earliest first. Call when no offer is running.</summary>
    public ReadOnlySpan<int> Of(int text)
    {
        if (_start is not null)
        {
            return _slots.AsSpan(_start[text], _start[text + 1] - _start[text]);
        }

        var row = _slots.AsSpan(text * _width, _width);
        var filled = row.IndexOf(Empty);
        return filled < 0 ? row : row[..filled];
    }

    /// <summary>Keeps only the filled slots, back to back (most texts keep few or no candidates: the fixed slots are
    /// mostly empty, 64 bytes a text with the default width); <see cref="Of"/> gives the same candidates, and no more
    /// offers are taken.</summary>
    public void Compact()
    {
        if (_start is not null)
        {
            return;
        }

        var start = new int[_count + 1];
        for (var text = 0; text < _count; text++)
        {
            start[text + 1] = start[text] + Of(text).Length;
        }

        var kept = GC.AllocateUninitializedArray<int>(start[_count]);
        for (var text = 0; text < _count; text++)
        {
            Of(text).CopyTo(kept.AsSpan(start[text]));
        }

        (_slots, _start) = (kept, start);
    }

    /// <summary>The number of texts.</summary>
    public int Count => _count;
}
