namespace NetworkGraph.Core.Clustering;

/// <summary>Orders rows by a long key, rows with equal keys by a tie-break, without a comparison per pair of distinct keys.</summary>
public static class RowOrder
{
    /// <summary>Sorts <paramref name="rows"/> by <paramref name="keys"/> (parallel to it, sorted along) and each run of
    /// equal keys by <paramref name="tieBreak"/>; the result is the same whatever the rows' order before.</summary>
    public static void Sort(long[] keys, int[] rows, Comparison<int> tieBreak)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(rows);
        Array.Sort(keys, rows);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(rows, start, end - start, Comparer<int>.Create(tieBreak));
            }

            start = end;
        }
    }
}
