namespace NetworkGraph.Core.Coordination;

/// <summary>Splits the groups of a kind into contiguous chunks of similar pair work; chunk order is group order,
/// so concatenating per-chunk outputs in chunk order gives the same result whatever the thread count.</summary>
internal static class SweepChunks
{
    public static int[] Boundaries(KindSweep sweep, int degree)
    {
        var groups = sweep.Groups.Count;
        long total = 0;
        foreach (var estimate in sweep.PairEstimate)
        {
            total += estimate;
        }

        var wanted = Math.Max(1, Math.Min(groups, degree * 8));
        var target = Math.Max(1, total / wanted);
        var boundaries = new List<int> { 0 };
        long running = 0;
        for (var g = 0; g < groups; g++)
        {
            running += sweep.PairEstimate[g];
            if (running >= target && g + 1 < groups)
            {
                boundaries.Add(g + 1);
                running = 0;
            }
        }

        boundaries.Add(groups);
        return [.. boundaries];
    }
}
