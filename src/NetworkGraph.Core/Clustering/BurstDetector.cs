namespace NetworkGraph.Core.Clustering;

/// <summary>Finds runs of days whose counts pass a threshold, merging runs separated by short gaps.</summary>
internal static class BurstDetector
{
    /// <summary>Index ranges [Start, End] (inclusive) of days with counts passing <paramref name="isBurstDay"/>.</summary>
    public static IReadOnlyList<(int Start, int End)> Runs(IReadOnlyList<int> counts, Func<int, bool> isBurstDay, int maxGapDays) =>
        Runs(counts.Select(isBurstDay).ToArray(), maxGapDays);

    /// <summary>Index ranges [Start, End] (inclusive) of burst days, runs separated by at most <paramref name="maxGapDays"/> quiet days merged.</summary>
    public static IReadOnlyList<(int Start, int End)> Runs(IReadOnlyList<bool> burstDays, int maxGapDays)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < burstDays.Count; i++)
        {
            if (!burstDays[i])
            {
                continue;
            }

            // A gap of g quiet days between two burst days means the indexes differ by g + 1.
            if (runs.Count > 0 && i - runs[^1].End - 1 <= maxGapDays)
            {
                runs[^1] = (runs[^1].Start, i);
            }
            else
            {
                runs.Add((i, i));
            }
        }

        return runs;
    }

    /// <summary>Daily counts from the first to the last day holding an event.</summary>
    public static (DateOnly First, int[] Counts) Daily(IEnumerable<DateOnly> days)
    {
        var all = days.ToArray();
        if (all.Length == 0)
        {
            return (default, []);
        }

        var (first, last) = (all[0].DayNumber, all[0].DayNumber);
        foreach (var d in all)
        {
            first = Math.Min(first, d.DayNumber);
            last = Math.Max(last, d.DayNumber);
        }

        var counts = new int[last - first + 1];
        foreach (var d in all)
        {
            counts[d.DayNumber - first]++;
        }

        return (DateOnly.FromDayNumber(first), counts);
    }
}
