namespace NetworkGraph.Core.Clustering;

/// <summary>
/// Whether two accounts' co-shares came closer together in time than chance: under the null model of accounts that
/// share the same objects independently, the gap between the two shares of one object is about uniform within the
/// pairing window, so the mean gap of n co-shares follows the mean of n uniform draws (Irwin-Hall, scaled).
/// </summary>
internal static class CoShareTiming
{
    /// <summary>Above this many co-shares the mean gap is taken as normal (central limit); below, the exact law.</summary>
    private const int ExactUpTo = 30;

    /// <summary>
    /// The probability that n independent co-shares inside a window of <paramref name="windowSeconds"/> have a mean
    /// gap of at most <paramref name="meanGapSeconds"/> (the one-sided p-value of "closer than chance").
    /// </summary>
    public static double PValue(double meanGapSeconds, double coShares, double windowSeconds)
    {
        if (!(windowSeconds > 0) || !double.IsFinite(meanGapSeconds))
        {
            return 1;
        }

        var n = Math.Max(1, (int)Math.Round(coShares));
        var u = Math.Clamp(meanGapSeconds / windowSeconds, 0, 1);
        if (n > ExactUpTo)
        {
            // Mean of n U(0,1): mean 1/2, standard deviation 1/sqrt(12 n).
            var z = (u - 0.5) * Math.Sqrt(12.0 * n);
            return NormalCdf(z);
        }

        return IrwinHallCdf(u * n, n);
    }

    /// <summary>Whether an edge's co-shares are closer than chance (p at most alpha) and close in absolute terms
    /// (mean gap at most <paramref name="maxGapShare"/> of the window): many co-shares make a tiny effect significant.</summary>
    public static bool CloserThanChance(double meanGapSeconds, double coShares, double windowSeconds, double alpha, double maxGapShare) =>
        meanGapSeconds <= maxGapShare * windowSeconds && PValue(meanGapSeconds, coShares, windowSeconds) <= alpha;

    /// <summary>P(sum of n U(0,1) &lt;= s), the Irwin-Hall distribution function (exact; n small).</summary>
    private static double IrwinHallCdf(double s, int n)
    {
        if (s <= 0)
        {
            return 0;
        }

        if (s >= n)
        {
            return 1;
        }

        // Symmetric about n/2: evaluate the lower half, where the alternating sum has few, well-behaved terms.
        if (s > n / 2.0)
        {
            return 1 - IrwinHallCdf(n - s, n);
        }

        double sum = 0, binomial = 1, factorial = 1;
        for (var i = 2; i <= n; i++)
        {
            factorial *= i;
        }

        for (var k = 0; k <= Math.Floor(s); k++)
        {
            sum += (k % 2 == 0 ? 1 : -1) * binomial * Math.Pow(s - k, n);
            binomial = binomial * (n - k) / (k + 1);
        }

        return Math.Clamp(sum / factorial, 0, 1);
    }

    /// <summary>Standard normal distribution function (Abramowitz and Stegun 7.1.26 on erf, error below 1.5e-7).</summary>
    private static double NormalCdf(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        var t = 1 / (1 + (0.3275911 * x));
        var erf = 1 - ((((((1.061405429 * t) - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
