namespace NetworkGraph.Core.Coordination;

/// <summary>Phase two: sweeps the objects again, keeping only pairs of surviving edges, and computes each kept
/// edge's time statistics, distinct posts per side and evidence sample.</summary>
/// <remarks>Surviving edges are processed in slices of at most <see cref="RecordBudget"/> pairs, so memory stays
/// bounded even when every edge survives.</remarks>
internal static partial class EdgeDetailer
{
    private const long RecordBudget = 16_000_000;

    /// <summary>One pair of a surviving edge: 12 bytes.</summary>
    internal readonly struct PairRecord(int edge, int band, int lo, int hi)
    {
        private readonly int _edgeAndBand = (edge << PairLayout.BandBits) | band;

        /// <summary>The edge's index within the slice.</summary>
        public int Edge => _edgeAndBand >>> PairLayout.BandBits;

        /// <summary>The smallest window index the pair counts in.</summary>
        public int Band => _edgeAndBand & ((1 << PairLayout.BandBits) - 1);

        /// <summary>The share (grouped index) of the edge's source account.</summary>
        public int Lo { get; } = lo;

        /// <summary>The share of the edge's target account.</summary>
        public int Hi { get; } = hi;
    }

    /// <summary>Returns, for survivor s and window w, the edge at [s * windows + w] (null where not kept).</summary>
    public static CoordinationEdge?[] Detail(
        KindSweep sweep, PairLayout layout, EdgeCandidates candidates, Survivors survivors,
        CoordinationOptions options, int accountCount, ParallelOptions parallel)
    {
        var m = sweep.WindowCount;
        var result = new CoordinationEdge?[survivors.Count * m];
        var chunks = SweepChunks.Boundaries(sweep, parallel.MaxDegreeOfParallelism);
        var marked = new bool[accountCount];
        var first = 0;
        while (first < survivors.Count)
        {
            parallel.CancellationToken.ThrowIfCancellationRequested();
            long records = 0;
            var end = first;
            while (end < survivors.Count && (end == first || records + Pairs(end) <= RecordBudget))
            {
                records += Pairs(end);
                end++;
            }

            DetailSlice(sweep, layout, candidates, survivors, options, chunks, marked, first, end, result, parallel);
            first = end;
        }

        return result;

        long Pairs(int s) => candidates.CountAt(survivors.Candidate[s], m - 1);
    }

    private static void DetailSlice(
        KindSweep sweep, PairLayout layout, EdgeCandidates candidates, Survivors survivors, CoordinationOptions options,
        int[] chunks, bool[] marked, int first, int end, CoordinationEdge?[] result, ParallelOptions parallel)
    {
        var count = end - first;
        var map = new EdgeIndexMap(count);
        for (var s = first; s < end; s++)
        {
            var edge = candidates.Edge[survivors.Candidate[s]];
            int lo = layout.Lo(edge), hi = layout.Hi(edge);
            map.Add(lo, hi, s - first);
            marked[lo] = true;
            marked[hi] = true;
        }

        var perChunk = new BlockList<PairRecord>[chunks.Length - 1];
        Parallel.For(0, perChunk.Length, parallel, c =>
            perChunk[c] = Collect(sweep, map, marked, chunks[c], chunks[c + 1]));

        var (records, offsets) = GroupByEdge(perChunk, count);
        var m = sweep.WindowCount;
        Parallel.ForEach(Participation.Ranges(count), parallel, () => new DetailScratch(), (range, _, scratch) =>
        {
            for (var local = range.Item1; local < range.Item2; local++)
            {
                var s = first + local;
                var c = survivors.Candidate[s];
                var edge = candidates.Edge[c];
                Summarize(
                    sweep, records.AsSpan(offsets[local], offsets[local + 1] - offsets[local]), layout.Lo(edge), layout.Hi(edge),
                    c, survivors.Pass[s], candidates, options, scratch, result.AsSpan(s * m, m));
            }

            return scratch;
        }, _ => { });

        for (var s = first; s < end; s++)
        {
            var edge = candidates.Edge[survivors.Candidate[s]];
            marked[layout.Lo(edge)] = false;
            marked[layout.Hi(edge)] = false;
        }
    }

    private static BlockList<PairRecord> Collect(KindSweep sweep, EdgeIndexMap map, bool[] marked, int firstGroup, int endGroup)
    {
        var records = new BlockList<PairRecord>();
        var groups = sweep.Groups;
        var account = groups.Account;
        var time = groups.Time;
        var qualify = sweep.Qualify;
        var m = sweep.WindowCount;
        for (var g = firstGroup; g < endGroup; g++)
        {
            var end = groups.Start[g + 1];
            var limit = sweep.Limit[g];
            for (var i = groups.Start[g]; i < end; i++)
            {
                var ai = account[i];
                if (!marked[ai])
                {
                    continue;
                }

                var stop = (int)Math.Min(end, (long)i + 1 + limit);
                for (var j = i + 1; j < stop; j++)
                {
                    var dt = time[j] - time[i];
                    if (dt > sweep.MaxWindow)
                    {
                        break;
                    }

                    var aj = account[j];
                    if (aj == ai || !marked[aj])
                    {
                        continue;
                    }

                    var band = Math.Max(sweep.BandOf(dt), Math.Min(qualify[ai], qualify[aj]));
                    if (band >= m)
                    {
                        continue;
                    }

                    if (ai < aj ? map.TryGet(ai, aj, out var edge) : map.TryGet(aj, ai, out edge))
                    {
                        records.Add(ai < aj ? new PairRecord(edge, band, i, j) : new PairRecord(edge, band, j, i));
                    }
                }
            }
        }

        return records;
    }

    private static (PairRecord[] Records, int[] Offsets) GroupByEdge(BlockList<PairRecord>[] perChunk, int edges)
    {
        // Stable counting sort by edge: records of one edge keep their group (object) and time order.
        var offsets = new int[edges + 1];
        long total = 0;
        foreach (var list in perChunk)
        {
            total += list.Count;
            for (var b = 0; b < list.BlockCount; b++)
            {
                foreach (var record in list.Block(b))
                {
                    offsets[record.Edge + 1]++;
                }
            }
        }

        for (var e = 0; e < edges; e++)
        {
            offsets[e + 1] += offsets[e];
        }

        var next = offsets.AsSpan(0, edges).ToArray();
        var sorted = new PairRecord[checked((int)total)];
        foreach (var list in perChunk)
        {
            for (var b = 0; b < list.BlockCount; b++)
            {
                foreach (var record in list.Block(b))
                {
                    sorted[next[record.Edge]++] = record;
                }
            }
        }

        return (sorted, offsets);
    }
}
