namespace NetworkGraph.Core.Coordination;

/// <summary>Computes each kept edge's time statistics, distinct posts per side and evidence sample from the pair
/// records phase one kept for it.</summary>
internal static partial class EdgeDetailer
{
    /// <summary>A pool for <see cref="Detail"/>'s per-thread scratch (arrays as long as the posts), to share across
    /// the kinds of one build.</summary>
    public static ScratchPool<DetailScratch> NewScratchPool() => new(() => new DetailScratch());

    /// <summary>Returns, for survivor s and window w, the edge at [s * windows + w] (null where not kept).</summary>
    public static CoordinationEdge?[] Detail(
        KindSweep sweep, PairLayout layout, EdgeCandidates candidates, Survivors survivors,
        CoordinationOptions options, ParallelOptions parallel, ScratchPool<DetailScratch> scratches)
    {
        var m = sweep.WindowCount;
        var result = new CoordinationEdge?[survivors.Count * m];
        Parallel.ForEach(Participation.Ranges(survivors.Count), parallel, scratches.Take, (range, _, scratch) =>
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
        }, scratches.Return);

        return result;
    }
}
