namespace NetworkGraph.Core.Coordination;

/// <summary>R's default quantile (type 7): linear interpolation between order statistics, as CooRTweet uses.</summary>
internal static class WeightQuantile
{
    /// <summary>The p-quantile of integer values given as a histogram.</summary>
    public static double FromHistogram(CountHistogram histogram, double p)
    {
        if (histogram.Total == 0)
        {
            return double.NaN;
        }

        var (lo, hi, h) = Positions(histogram.Total, p);
        return Interpolate(histogram.ValueAtRank(lo), histogram.ValueAtRank(hi), h);
    }

    /// <summary>The p-quantile of real values (sorted in place).</summary>
    public static double FromValues(Span<double> values, double p)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        values.Sort();
        var (lo, hi, h) = Positions(values.Length, p);
        return Interpolate(values[(int)(lo - 1)], values[(int)(hi - 1)], h);
    }

    // R: index <- 1 + (n - 1) * p; lo <- floor(index); hi <- ceiling(index); h <- index - lo (1-based ranks).
    private static (long Lo, long Hi, double H) Positions(long n, double p)
    {
        var index = 1 + ((n - 1) * p);
        var lo = (long)Math.Floor(index);
        var hi = (long)Math.Ceiling(index);
        return (lo, hi, index - lo);
    }

    private static double Interpolate(double xLo, double xHi, double h) =>
        h > 0 && xHi != xLo ? ((1 - h) * xLo) + (h * xHi) : xLo;
}
