using System.Runtime.CompilerServices;

namespace NetworkGraph.Core.Coordination;

/// <summary>Sweeps every object's time-sorted shares, emits one 64-bit key per account pair within the largest window
/// (tagged with the smallest window it counts in) carrying the pair's two shares, radix-sorts the keys and counts each
/// edge; the pairs of edges heavy enough to survive are kept for their details.</summary>
/// <remarks>No pair explosion: a share only visits successors inside the window (and inside the per-object
/// neighbour limit); keys are bucketed by a hash of the account pair while emitted, so only one bucket at a time is
/// sorted. Edges come out sorted within each bucket, not across buckets.</remarks>
internal static class EdgeCounter
{
    /// <summary>A pool for <see cref="Count"/>'s sort buffers, to share across the kinds of one build.</summary>
    public static ScratchPool<BucketScratch> NewScratchPool() => new(() => new BucketScratch());

    public static EdgeCandidates Count(
        KindSweep sweep, PairLayout layout, CoordinationOptions options, ParallelOptions parallel, ScratchPool<BucketScratch> scratches)
    {
        var chunks = SweepChunks.Boundaries(sweep, parallel.MaxDegreeOfParallelism);
        var chunkCount = chunks.Length - 1;
        var emitted = new BlockList<KeyedPair>?[chunkCount][];
        Parallel.For(0, chunkCount, parallel, c =>
        {
            emitted[c] = new BlockList<KeyedPair>?[layout.Buckets];
            Emit(sweep, layout, chunks[c], chunks[c + 1], emitted[c]);
        });

        var results = new EdgeCandidates[layout.Buckets];
        Parallel.For(0, layout.Buckets, parallel, scratches.Take, (b, _, scratch) =>
        {
            results[b] = Aggregate(sweep, layout, options, emitted, b, scratch);
            return scratch;
        }, scratches.Return);

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Emit(KindSweep sweep, PairLayout layout, int firstGroup, int endGroup, BlockList<KeyedPair>?[] emitted)
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

                    var keyed = ai < aj
                        ? new KeyedPair(layout.Key(ai, aj, band), ((ulong)(uint)i << 32) | (uint)j)
                        : new KeyedPair(layout.Key(aj, ai, band), ((ulong)(uint)j << 32) | (uint)i);
                    (emitted[layout.Bucket(keyed.Key)] ??= new BlockList<KeyedPair>()).Add(keyed);
                }
            }
        }
    }

    private static EdgeCandidates Aggregate(
        KindSweep sweep, PairLayout layout, CoordinationOptions options, BlockList<KeyedPair>?[][] emitted, int bucket,
        BucketScratch scratch)
    {
        var result = NewCandidates(sweep, options);
        var records = new GrowArray<PairRecord>(16);
        result.RecordParts.Add(records);
        long total = 0;
        foreach (var chunk in emitted)
        {
            total += chunk[bucket]?.Count ?? 0;
        }

        if (total == 0)
        {
            return result;
        }

        var n = checked((int)total);
        scratch.Ensure(n);
        var sorted = scratch.Keys.AsSpan(0, n);
        var items = scratch.Pairs.AsSpan(0, n);
        var offset = 0;
        for (var c = 0; c < emitted.Length; c++)
        {
            var list = emitted[c][bucket];
            if (list is null)
            {
                continue;
            }

            var gathered = scratch.Gathered.AsSpan(0, list.Count);
            list.CopyTo(gathered);
            emitted[c][bucket] = null;
            foreach (var keyed in gathered)
            {
                sorted[offset] = keyed.Key;
                items[offset++] = keyed.Pair;
            }
        }

        RadixSort.Sort(sorted, items, scratch.SpareKeys, scratch.SpareItems, 0, layout.UsedBits);
        new EdgeRuns(sweep, options.MinEdgeWeight, result, records).Count(sorted, items);
        return result;
    }

    /// <summary>An emitted pair: its sort key (accounts and band) and its two shares.</summary>
    internal readonly record struct KeyedPair(ulong Key, ulong Pair);

    /// <summary>One thread's sort buffers, grown to the largest bucket it sorted.</summary>
    internal sealed class BucketScratch
    {
        public ulong[] Keys { get; private set; } = [];

        public ulong[] SpareKeys { get; private set; } = [];

        public ulong[] Pairs { get; private set; } = [];

        public ulong[] SpareItems { get; private set; } = [];

        public KeyedPair[] Gathered { get; private set; } = [];

        public void Ensure(int n)
        {
            if (Keys.Length < n)
            {
                var size = Math.Max(n, Keys.Length + (Keys.Length / 2));
                Keys = GC.AllocateUninitializedArray<ulong>(size);
                SpareKeys = GC.AllocateUninitializedArray<ulong>(size);
                Pairs = GC.AllocateUninitializedArray<ulong>(size);
                SpareItems = GC.AllocateUninitializedArray<ulong>(size);
                Gathered = GC.AllocateUninitializedArray<KeyedPair>(size);
            }
        }
    }
}
