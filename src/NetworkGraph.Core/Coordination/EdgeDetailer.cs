namespace NetworkGraph.Core.Coordination;

/// <summary>Computes each kept edge's time statistics, distinct posts per side and evidence sample from the pair
/// records phase one kept for it.</summary>
internal static partial class EdgeDetailer
{
    /// <summary>Returns, for survivor s and window w, the edge at [s * windows + w] (null where not kept).</summary>
    public static CoordinationEdge?[] Detail(
        KindSweep sweep, PairLayout layout, EdgeCandidates candidates, Survivors survivors,
        CoordinationOptions options, ParallelOptions parallel)
    {
        var m = sweep.WindowCount;
        var result = new CoordinationEdge?[survivors.Count * m];
        Parallel.ForEach(Participation.Ranges(survivors.Count), parallel, () => new DetailScratch(), (range, _, scratch) =>
        {
            for (var s = range.Item1; s < range.Item2; s++)
            {
                var c = survivors.Candidate[s];
                var edge = candidates.Edge[c];
                Summarize(
                    sweep, candidates.RecordsOf(c), layout.Lo(edge), layout.Hi(edge), c, survivors.Pass[s],
                    candidates, options, scratch, result.AsSpan(s * m, m));
            }

            return scratch;
        }, _ => { });

        return result;
    }
}
