namespace NetworkGraph.Core.Coordination;

/// <summary>Counts the radix-sorted pair keys of one bucket edge by edge: per-window pair counts (and weights), the
/// weight distribution of every edge, and the pair records of each edge heavy enough to survive.</summary>
internal sealed class EdgeRuns(KindSweep sweep, double minWeight, EdgeCandidates result, GrowArray<PairRecord> records)
{
    private readonly int _windows = result.Windows;

    public void Count(ReadOnlySpan<ulong> sorted, ReadOnlySpan<ulong> pairs)
    {
        var weights = sweep.ObjectWeight;
        Span<int> counts = stackalloc int[16];
        Span<double> sums = stackalloc double[16];
        Span<long> singles = stackalloc long[16]; // edges with one pair, by band: most edges at large windows
        singles.Clear();
        var i = 0;
        while (i < sorted.Length)
        {
            var edge = sorted[i] >> PairLayout.BandBits;
            var end = i + 1;
            while (end < sorted.Length && sorted[end] >> PairLayout.BandBits == edge)
            {
                end++;
            }

            if (weights is null && end == i + 1)
            {
                var band = (int)(sorted[i] & 15);
                singles[band]++;
                if (minWeight <= 1)
                {
                    counts.Clear();
                    counts[band] = 1;
                    Store(edge, counts, sums, sorted, pairs, i, end, weighted: false);
                }

                i = end;
                continue;
            }

            counts[.._windows].Clear();
            sums[.._windows].Clear();
            for (var k = i; k < end; k++)
            {
                var band = (int)(sorted[k] & 15);
                counts[band]++;
                if (weights is not null)
                {
                    sums[band] += weights[sweep.ShareGroup![(int)(pairs[k] >> 32)]];
                }
            }

            for (var w = 1; w < _windows; w++)
            {
                counts[w] += counts[w - 1];
                sums[w] += sums[w - 1];
            }

            for (var w = 0; w < _windows; w++)
            {
                if (counts[w] > 0)
                {
                    result.CandidateEdges[w]++;
                    result.CandidatePairs[w] += counts[w];
                    result.CountHistogram[w].Add(counts[w]);
                    result.WeightValues?[w].Add(sums[w]);
                }
            }

            if ((weights is null ? counts[_windows - 1] : sums[_windows - 1]) >= minWeight)
            {
                Store(edge, counts, sums, sorted, pairs, i, end, weights is not null);
            }

            i = end;
        }

        long cumulative = 0;
        for (var w = 0; w < _windows; w++)
        {
            cumulative += singles[w];
            result.CandidateEdges[w] += cumulative;
            result.CandidatePairs[w] += cumulative;
            result.CountHistogram[w].Add(1, cumulative);
        }
    }

    private void Store(
        ulong edge, ReadOnlySpan<int> counts, ReadOnlySpan<double> sums, ReadOnlySpan<ulong> sorted,
        ReadOnlySpan<ulong> pairs, int first, int end, bool weighted)
    {
        result.Edge.Add(edge);
        result.RecordStart.Add(records.Count);
        var cumulative = 0;
        for (var w = 0; w < _windows; w++)
        {
            cumulative = Math.Max(cumulative, counts[w]);
            result.Count.Add(cumulative);
            if (weighted)
            {
                result.Weight!.Add(sums[w]);
            }
        }

        for (var k = first; k < end; k++)
        {
            records.Add(new PairRecord((int)(pairs[k] >> 32), (int)(uint)pairs[k], (int)(sorted[k] & 15)));
        }
    }
}
