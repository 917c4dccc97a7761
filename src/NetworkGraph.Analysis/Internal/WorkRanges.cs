namespace NetworkGraph.Analysis.Internal;

/// Splits work into pieces whose results do not depend on which thread runs them, so that every result is the
/// same for any thread count. Pieces outnumber threads (PiecesPerThread) so that a thread the machine is slow to
/// schedule delays its neighbours by a small piece, not by half of the work.
internal static class WorkRanges
{
    public const int PiecesPerThread = 4;

    /// Threads to use: the requested count, or all processors when it is 0.
    public static int Resolve(int requested) => requested > 0 ? requested : Environment.ProcessorCount;

    /// Runs body(piece) for pieces 0..pieces-1 on up to `threads` threads.
    public static void ForEach(int pieces, int threads, Action<int> body)
    {
        if (threads <= 1 || pieces <= 1)
        {
            for (var p = 0; p < pieces; p++)
            {
                body(p);
            }

            return;
        }

        Parallel.For(0, pieces, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }

    /// Runs body(start, end, piece) for `pieces` contiguous slices of [0, count) of near-equal length.
    public static void Run(int count, int pieces, int threads, Action<int, int, int> body)
    {
        pieces = Math.Max(1, Math.Min(pieces, count));
        ForEach(pieces, threads, p =>
        {
            var start = (int)((long)count * p / pieces);
            var end = (int)((long)count * (p + 1) / pieces);
            body(start, end, p);
        });
    }

    /// Splits [0, prefixCost.Length - 1) into up to `pieces` contiguous slices of near-equal total cost;
    /// returns the slice bounds (pieces + 1 values).
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
}
