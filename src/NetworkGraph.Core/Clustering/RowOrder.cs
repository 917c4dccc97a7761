namespace NetworkGraph.Core.Clustering;

/// <summary>Orders rows by a long key, rows with equal keys by a tie-break, without a comparison per pair of distinct keys.</summary>
public static class RowOrder
{
    /// <summary>Sorts <paramref name="rows"/> by <paramref name="keys"/> (parallel to it, sorted along) and each run of
    /// equal keys by <paramref name="tieBreak"/>, which must order any two distinct rows: the result is then the same
    /// whatever the rows' order before (keys already in order, as rows read by time often are, are not sorted again).</summary>
    public static void Sort(long[] keys, int[] rows, Comparison<int> tieBreak)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Sort(keys.AsSpan(), rows, tieBreak);
    }

    /// <summary>As <see cref="Sort(long[], int[], Comparison{int})"/>, with the keys in a span (of the rows' length).</summary>
    public static void Sort(Span<long> keys, int[] rows, Comparison<int> tieBreak)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (keys.Length != rows.Length)
        {
            throw new ArgumentException("There must be one key per row.", nameof(keys));
        }

        if (!IsSorted(keys))
        {
            keys.Sort(rows.AsSpan());
        }

        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                // A span sorted by the comparison itself: Array.Sort with a comparer made a delegate per run of ties
                // (24 MB of them at 1 M posts, most runs being two or three rows).
                rows.AsSpan(start, end - start).Sort(tieBreak);
            }

            start = end;
        }
    }

    private static bool IsSorted(ReadOnlySpan<long> keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i - 1] > keys[i])
            {
                return false;
            }
        }

        return true;
    }
}
