namespace NetworkGraph.Core.Clustering;

/// <summary>Medians, MAD and Poisson tails used by the burst detectors.</summary>
internal static class RobustStats
{
    /// <summary>The scale that makes the MAD estimate a normal distribution's standard deviation.</summary>
    public const double MadScale = 1.4826;

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Median absolute deviation from the median.</summary>
    public static double Mad(IReadOnlyCollection<double> values, double median) =>
        Median(values.Select(v => Math.Abs(v - median)));

    /// <summary>The smallest value whose cumulative weight reaches half the total (lower weighted median); items with
    /// equal values are taken in their given order (a stable sort: the partial sums are the same to the bit).</summary>
    public static double? WeightedMedian(IEnumerable<(double Value, double Weight)> items)
    {
        var kept = new List<(double Value, double Weight)>(items.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var item in items)
        {
            if (item.Weight > 0 && double.IsFinite(item.Value))
            {
                kept.Add(item);
            }
        }

        if (kept.Count == 0)
        {
            return null;
        }

        // Sorted by value, then position: the values as ordered integers (-0 as 0, so the two tie as they compare equal)
        // sorted with their positions, each run of equal values then put back in position order.
        var keys = new ulong[kept.Count];
        var order = new int[kept.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var bits = (ulong)BitConverter.DoubleToInt64Bits(kept[i].Value == 0 ? 0.0 : kept[i].Value);
            keys[i] = (bits & (1UL << 63)) != 0 ? ~bits : bits | (1UL << 63);
            order[i] = i;
        }

        Array.Sort(keys, order);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            Array.Sort(order, start, end - start);
            start = end;
        }

        var half = 0.0;
        foreach (var i in order)
        {
            half += kept[i].Weight;
        }

        half /= 2;
        var running = 0.0;
        foreach (var i in order)
        {
            running += kept[i].Weight;
            if (running >= half)
            {
                return kept[i].Value;
            }
        }

        return kept[order[^1]].Value;
    }

    /// <summary>The smallest count c >= 1 such that a Poisson(mu) variable reaches c with probability at most alpha.</summary>
    public static int PoissonThreshold(double mu, double alpha)
    {
        if (mu <= 0)
        {
            return 1;
        }

        // Survival P(X >= c) = 1 - P(X <= c - 1), accumulated term by term in log space for large mu.
        var logTerm = -mu; // log P(X = 0)
        var cdf = Math.Exp(logTerm);
        var c = 1;
        var limit = (int)(mu + (50 * Math.Sqrt(mu)) + 50);
        while (c < limit && 1 - cdf > alpha)
        {
            logTerm += Math.Log(mu) - Math.Log(c);
            cdf += Math.Exp(logTerm);
            c++;
        }

        return c;
    }

    /// <summary>
    /// The Wilson score lower bound of a share observed over <paramref name="n"/> trials at <paramref name="z"/>
    /// standard deviations: what the share is at least, given how few trials back it (0 without trials).
    /// </summary>
    public static double WilsonLower(double share, double n, double z)
    {
        if (!(n > 0))
        {
            return 0;
        }

        var p = Math.Clamp(share, 0, 1);
        var z2n = z * z / n;
        var centre = (p + (z2n / 2)) / (1 + z2n);
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2n / (4 * n))) / (1 + z2n);
        return Math.Clamp(centre - half, 0, 1);
    }
}
