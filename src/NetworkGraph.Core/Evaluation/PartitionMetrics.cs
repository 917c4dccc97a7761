namespace NetworkGraph.Core.Evaluation;

/// <summary>Agreement between two labelings of the same items: NMI (arithmetic normalisation) and the adjusted Rand index.</summary>
public static class PartitionMetrics
{
    /// <summary>Normalised mutual information, I(U;V) / ((H(U) + H(V)) / 2); 1 when both labelings are identical up to renaming.</summary>
    public static double Nmi<TA, TB>(IReadOnlyList<TA> a, IReadOnlyList<TB> b)
        where TA : notnull
        where TB : notnull
    {
        var (n, rows, cols, cells) = Contingency(a, b);
        if (n == 0)
        {
            return 1;
        }

        var hu = Entropy(rows.Values, n);
        var hv = Entropy(cols.Values, n);
        if (hu == 0 && hv == 0)
        {
            return 1;
        }

        var mi = 0.0;
        foreach (var ((ra, cb), nij) in cells)
        {
            // p_ij * log(p_ij / (p_i * p_j)) with p = count / n.
            mi += nij / (double)n * Math.Log(nij * (double)n / ((double)rows[ra] * cols[cb]));
        }

        return Math.Clamp(mi / ((hu + hv) / 2), 0, 1);
    }

    /// <summary>Adjusted Rand index (Hubert and Arabie); 1 for identical labelings, about 0 for random ones.</summary>
    public static double Ari<TA, TB>(IReadOnlyList<TA> a, IReadOnlyList<TB> b)
        where TA : notnull
        where TB : notnull
    {
        var (n, rows, cols, cells) = Contingency(a, b);
        if (n < 2)
        {
            return 1;
        }

        static double Pairs(long k) => k * (k - 1) / 2.0;
        var index = cells.Values.Sum(v => Pairs(v));
        var sumRows = rows.Values.Sum(v => Pairs(v));
        var sumCols = cols.Values.Sum(v => Pairs(v));
        var expected = sumRows * sumCols / Pairs(n);
        var max = (sumRows + sumCols) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static (long N, Dictionary<TA, long> Rows, Dictionary<TB, long> Cols, Dictionary<(TA, TB), long> Cells) Contingency<TA, TB>(
        IReadOnlyList<TA> a,
        IReadOnlyList<TB> b)
        where TA : notnull
        where TB : notnull
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"Both labelings must cover the same items ({a.Count} vs {b.Count}).", nameof(b));
        }

        var rows = new Dictionary<TA, long>();
        var cols = new Dictionary<TB, long>();
        var cells = new Dictionary<(TA, TB), long>();
        for (var i = 0; i < a.Count; i++)
        {
            rows[a[i]] = rows.GetValueOrDefault(a[i]) + 1;
            cols[b[i]] = cols.GetValueOrDefault(b[i]) + 1;
            cells[(a[i], b[i])] = cells.GetValueOrDefault((a[i], b[i])) + 1;
        }

        return (a.Count, rows, cols, cells);
    }

    private static double Entropy(IEnumerable<long> counts, long n) =>
        -counts.Where(c => c > 0).Sum(c => c / (double)n * Math.Log(c / (double)n));
}
