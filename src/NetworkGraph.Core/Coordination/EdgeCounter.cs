namespace NetworkGraph.Core.Coordination;

/// <summary>Phase one: sweeps every object's time-sorted shares, emits one 64-bit key per account pair within the
/// largest window (tagged with the smallest window it counts in), sorts the keys by radix and counts each edge.</summary>
/// <remarks>No pair explosion: a share only visits successors inside the window (and inside the per-object
/// neighbour limit); keys are bucketed by a hash of the account pair while emitted, so only one bucket at a time is
/// sorted. Edges come out sorted within each bucket, not across buckets.</remarks>
internal static class EdgeCounter
{
    public static EdgeCandidates Count(KindSweep sweep, PairLayout layout, CoordinationOptions options, ParallelOptions parallel)
    {
        var chunks = SweepChunks.Boundaries(sweep, parallel.MaxDegreeOfParallelism);
        var chunkCount = chunks.Length - 1;
        var weighted = sweep.ObjectWeight is not null;
        var keys = new BlockList<ulong>?[chunkCount][];
        var payload = new BlockList<int>?[chunkCount][];
        Parallel.For(0, chunkCount, parallel, c =>
        {
            keys[c] = new BlockList<ulong>?[layout.Buckets];
            payload[c] = new BlockList<int>?[weighted ? layout.Buckets : 0];
            Emit(sweep, layout, chunks[c], chunks[c + 1], keys[c], weighted ? payload[c] : null);
        });

        var results = new EdgeCandidates[layout.Buckets];
        Parallel.For(0, layout.Buckets, parallel, () => new BucketScratch(), (b, _, scratch) =>
        {
            results[b] = Aggregate(sweep, layout, options, keys, payload, b, scratch);
            return scratch;
        }, _ => { });

        var merged = NewCandidates(sweep, options);
        foreach (var result in results)
        {
            merged.Append(result);
        }

        return merged;
    }

    private static EdgeCandidates NewCandidates(KindSweep sweep, CoordinationOptions options)
    {
        var m = sweep.WindowCount;
        var keepValues = sweep.ObjectWeight is not null && options.EdgeWeightQuantile is not null;
        return new EdgeCandidates(m)
        {
            Weight = sweep.ObjectWeight is null ? null : new GrowArray<double>(1024),
            WeightValues = keepValues ? Enumerable.Range(0, m).Select(_ => new GrowArray<double>(1024)).ToArray() : null,
        };
    }

    private static void Emit(KindSweep sweep, PairLayout layout, int firstGroup, int endGroup, BlockList<ulong>?[] keys, BlockList<int>?[]? payload)
    {
        var groups = sweep.Groups;
        var account = groups.Account;
        var time = groups.Time;
        var qualify = sweep.Qualify;
        var maxWindow = sweep.MaxWindow;
        var m = sweep.WindowCount;
        for (var g = firstGroup; g < endGroup; g++)
        {
            var end = groups.Start[g + 1];
            var limit = sweep.Limit[g];
            for (var i = groups.Start[g]; i < end; i++)
            {
                var ai = account[i];
                var ti = time[i];
                var qi = qualify[ai];
                var stop = (int)Math.Min(end, (long)i + 1 + limit);
                for (var j = i + 1; j < stop; j++)
                {
                    var dt = time[j] - ti;
                    if (dt > maxWindow)
                    {
                        break;
                    }

                    var aj = account[j];
                    if (aj == ai)
                    {
                        continue;
                    }

                    var band = Math.Max(sweep.BandOf(dt), Math.Min(qi, qualify[aj]));
                    if (band >= m)
                    {
                        continue;
                    }

                    var key = ai < aj ? layout.Key(ai, aj, band) : layout.Key(aj, ai, band);
                    var bucket = layout.Bucket(key);
                    (keys[bucket] ??= new BlockList<ulong>()).Add(key);
                    if (payload is not null)
                    {
                        (payload[bucket] ??= new BlockList<int>()).Add(g);
                    }
                }
            }
        }
    }

    private static EdgeCandidates Aggregate(
        KindSweep sweep, PairLayout layout, CoordinationOptions options,
        BlockList<ulong>?[][] keys, BlockList<int>?[][] payload, int bucket, BucketScratch scratch)
    {
        var result = NewCandidates(sweep, options);
        long total = 0;
        foreach (var chunk in keys)
        {
            total += chunk[bucket]?.Count ?? 0;
        }

        if (total == 0)
        {
            return result;
        }

        var n = checked((int)total);
        var weights = sweep.ObjectWeight;
        scratch.Ensure(n, weights is not null);
        var sorted = scratch.Keys.AsSpan(0, n);
        var items = weights is null ? default : scratch.Items.AsSpan(0, n);
        var offset = 0;
        for (var c = 0; c < keys.Length; c++)
        {
            var list = keys[c][bucket];
            if (list is null)
            {
                continue;
            }

            list.CopyTo(sorted[offset..]);
            if (weights is not null)
            {
                payload[c][bucket]!.CopyTo(items[offset..]);
            }

            offset += (int)list.Count;
            keys[c][bucket] = null;
            if (weights is not null)
            {
                payload[c][bucket] = null;
            }
        }

        RadixSort.Sort(sorted, items, scratch.SpareKeys, scratch.SpareItems, 0, layout.UsedBits);
        Runs(sorted, items, weights, options.MinEdgeWeight, result);
        return result;
    }

    private static void Runs(ReadOnlySpan<ulong> sorted, ReadOnlySpan<int> items, double[]? weights, double minWeight, EdgeCandidates result)
    {
        var m = result.Windows;
        Span<int> counts = stackalloc int[16];
        Span<double> sums = stackalloc double[16];
        Span<long> singles = stackalloc long[16]; // edges with one pair, by band: most edges at large windows
        singles.Clear();
        var keepSingles = weights is null && minWeight <= 1;
        var i = 0;
        while (i < sorted.Length)
        {
            var edge = sorted[i] >> PairLayout.BandBits;
            if (weights is null && (i + 1 == sorted.Length || sorted[i + 1] >> PairLayout.BandBits != edge))
            {
                var band = (int)(sorted[i] & 15);
                singles[band]++;
                i++;
                if (keepSingles)
                {
                    result.Edge.Add(edge);
                    for (var w = 0; w < m; w++)
                    {
                        result.Count.Add(w < band ? 0 : 1);
                    }
                }

                continue;
            }

            counts[..m].Clear();
            sums[..m].Clear();
            for (; i < sorted.Length && sorted[i] >> PairLayout.BandBits == edge; i++)
            {
                var band = (int)(sorted[i] & 15);
                counts[band]++;
                if (weights is not null)
                {
                    sums[band] += weights[items[i]];
                }
            }

            for (var w = 1; w < m; w++)
            {
                counts[w] += counts[w - 1];
                sums[w] += sums[w - 1];
            }

            for (var w = 0; w < m; w++)
            {
                if (counts[w] == 0)
                {
                    continue;
                }

                result.CandidateEdges[w]++;
                result.CandidatePairs[w] += counts[w];
                result.CountHistogram[w].Add(counts[w]);
                result.WeightValues?[w].Add(sums[w]);
            }

            var heaviest = weights is null ? counts[m - 1] : sums[m - 1];
            if (heaviest >= minWeight)
            {
                result.Edge.Add(edge);
                for (var w = 0; w < m; w++)
                {
                    result.Count.Add(counts[w]);
                    result.Weight?.Add(sums[w]);
                }
            }
        }

        long cumulative = 0;
        for (var w = 0; w < m; w++)
        {
            cumulative += singles[w];
            result.CandidateEdges[w] += cumulative;
            result.CandidatePairs[w] += cumulative;
            result.CountHistogram[w].Add(1, cumulative);
        }
    }

    private sealed class BucketScratch
    {
        public ulong[] Keys { get; private set; } = [];

        public ulong[] SpareKeys { get; private set; } = [];

        public int[] Items { get; private set; } = [];

        public int[] SpareItems { get; private set; } = [];

        public void Ensure(int n, bool withItems)
        {
            if (Keys.Length < n)
            {
                var size = Math.Max(n, Keys.Length + (Keys.Length / 2));
                Keys = new ulong[size];
                SpareKeys = new ulong[size];
            }

            if (withItems && Items.Length < n)
            {
                Items = new int[Keys.Length];
                SpareItems = new int[Keys.Length];
            }
        }
    }
}
