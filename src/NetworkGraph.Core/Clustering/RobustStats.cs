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

    /// <summary>The smallest value whose cumulative weight reaches half the total (lower weighted median).</summary>
    public static double? WeightedMedian(IEnumerable<(double Value, double Weight)> items)
    {
        var sorted = items.Where(i => i.Weight > 0 && double.IsFinite(i.Value)).OrderBy(i => i.Value).ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var half = sorted.Sum(i => i.Weight) / 2;
        var running = 0.0;
        foreach (var (value, weight) in sorted)
        {
            running += weight;
            if (running >= half)
            {
                return value;
            }
        }

        return sorted[^1].Value;
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
