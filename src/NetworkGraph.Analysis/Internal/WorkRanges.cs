namespace NetworkGraph.Analysis.Internal;

/// Splits index ranges into contiguous pieces and runs them on a fixed number of threads.
/// Pieces are chosen so that every result is independent of the number of threads.
internal static class WorkRanges
{
    /// Runs body(start, end, piece) for `pieces` contiguous slices of [0, count) of near-equal length.
    public static void Run(int count, int pieces, Action<int, int, int> body)
    {
        pieces = Math.Max(1, Math.Min(pieces, count));
        if (pieces == 1)
        {
            body(0, count, 0);
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = pieces };
        Parallel.For(0, pieces, options, p =>
        {
            var start = (int)((long)count * p / pieces);
            var end = (int)((long)count * (p + 1) / pieces);
            body(start, end, p);
        });
    }

    /// Splits [0, cost.Length) into `pieces` contiguous slices of near-equal total cost; returns pieces + 1 bounds.
    public static int[] Balance(ReadOnlySpan<long> prefixCost, int pieces)
    {
        var count = prefixCost.Length - 1;
        pieces = Math.Max(1, Math.Min(pieces, Math.Max(1, count)));
        var bounds = new int[pieces + 1];
        var total = prefixCost[count];
        var at = 0;
        for (var p = 1; p < pieces; p++)
        {
            var goal = total * p / pieces;
            while (at < count && prefixCost[at] < goal)
            {
                at++;
            }

            bounds[p] = at;
        }

        bounds[pieces] = count;
        return bounds;
    }

    /// Threads to use: the requested count, or all processors when it is 0.
    public static int Resolve(int requested) => requested > 0 ? requested : Environment.ProcessorCount;
}
