using System.Diagnostics;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>Per-edge statistics and evidence for every window, in one pass over the edge's pair records.</summary>
internal static partial class EdgeDetailer
{
    /// <summary>Fills result[s * windows + w] for each window w the survivor s is kept in.</summary>
    private static void Summarize(
        KindSweep sweep, ReadOnlySpan<PairRecord> records, int lo, int hi, int candidate, ushort pass,
        EdgeCandidates candidates, CoordinationOptions options, DetailScratch scratch, Span<CoordinationEdge?> result)
    {
        var groups = sweep.Groups;
        var m = sweep.WindowCount;
        scratch.Reset(m, options.EvidenceCap, sweep.PostCount);
        var stats = scratch.Bands;
        for (var r = 0; r < records.Length; r++)
        {
            var record = records[r];
            var tLo = groups.Time[record.Lo];
            var tHi = groups.Time[record.Hi];
            ref var band = ref stats[record.Band];
            band.Add(Math.Abs(tLo - tHi), Math.Min(tLo, tHi), Math.Max(tLo, tHi));
            if (options.EvidenceCap > 0)
            {
                var pair = ((ulong)(uint)groups.Post[record.Lo] << 32) | (uint)groups.Post[record.Hi];
                var priority = StableHash.Mix(pair ^ options.Seed);
                for (var w = record.Band; w < m; w++)
                {
                    scratch.Evidence[w].Offer(priority, r);
                }
            }
        }

        Span<int> sourcePosts = stackalloc int[m];
        Span<int> targetPosts = stackalloc int[m];
        scratch.DistinctPerWindow(groups, records, source: true, sourcePosts);
        scratch.DistinctPerWindow(groups, records, source: false, targetPosts);
        var total = default(BandStats);
        EvidencePair[]? evidence = null;
        for (var w = 0; w < m; w++)
        {
            total.Merge(stats[w]);
            if (stats[w].Pairs > 0)
            {
                evidence = null; // this window adds pairs: its sample may differ from the previous window's
            }

            if ((pass & (1 << w)) == 0)
            {
                continue;
            }

            evidence ??= Evidence(sweep, records, scratch.Evidence[w]);

            Debug.Assert(total.Pairs == candidates.CountAt(candidate, w), "the kept records are exactly the counted pairs");
            result[w] = new CoordinationEdge
            {
                Source = lo,
                Target = hi,
                PairCount = candidates.CountAt(candidate, w),
                Weight = candidates.WeightAt(candidate, w),
                MeanDeltaSeconds = total.Pairs == 0 ? 0 : total.SumDt / (double)total.Pairs / 1000.0,
                MinDeltaSeconds = total.Pairs == 0 ? 0 : total.MinDt / 1000.0,
                First = DateTimeOffset.FromUnixTimeMilliseconds(total.Pairs == 0 ? 0 : total.First),
                Last = DateTimeOffset.FromUnixTimeMilliseconds(total.Pairs == 0 ? 0 : total.Last),
                SourcePosts = sourcePosts[w],
                TargetPosts = targetPosts[w],
                Evidence = evidence,
            };
        }
    }

    private static EvidencePair[] Evidence(KindSweep sweep, ReadOnlySpan<PairRecord> records, BoundedHeap heap)
    {
        var groups = sweep.Groups;
        var shareGroup = sweep.ShareGroup!;
        // Time order; ties keep the heap's order, which only depends on the edge's records.
        const int onStack = 256;
        Span<long> times = heap.Count <= onStack ? stackalloc long[heap.Count] : new long[heap.Count];
        Span<int> chosen = heap.Count <= onStack ? stackalloc int[heap.Count] : new int[heap.Count];
        for (var k = 0; k < heap.Count; k++)
        {
            var record = records[heap.Item(k)];
            times[k] = Math.Min(groups.Time[record.Lo], groups.Time[record.Hi]);
            chosen[k] = heap.Item(k);
        }

        times.Sort(chosen);
        var evidence = new EvidencePair[chosen.Length];
        for (var k = 0; k < chosen.Length; k++)
        {
            var record = records[chosen[k]];
            evidence[k] = new EvidencePair(
                groups.Post[record.Lo],
                groups.Post[record.Hi],
                groups.Time[record.Lo],
                groups.Time[record.Hi],
                groups.ObjectId[shareGroup[record.Lo]]);
        }

        return evidence;
    }

    internal struct BandStats
    {
        public long Pairs;
        public long SumDt;
        public long MinDt;
        public long First;
        public long Last;

        public void Add(long dt, long first, long last)
        {
            if (Pairs == 0)
            {
                (MinDt, First, Last) = (dt, first, last);
            }
            else
            {
                MinDt = Math.Min(MinDt, dt);
                First = Math.Min(First, first);
                Last = Math.Max(Last, last);
            }

            Pairs++;
            SumDt += dt;
        }

        public void Merge(BandStats other)
        {
            if (other.Pairs == 0)
            {
                return;
            }

            if (Pairs == 0)
            {
                this = other;
                return;
            }

            Pairs += other.Pairs;
            SumDt += other.SumDt;
            MinDt = Math.Min(MinDt, other.MinDt);
            First = Math.Min(First, other.First);
            Last = Math.Max(Last, other.Last);
        }
    }

    /// <summary>One thread's statistics, evidence heaps and per-post stamps, reused edge after edge.</summary>
    internal sealed class DetailScratch
    {
        private const int SortedLimit = 64;
        private int[] _stamp = [];
        private byte[] _firstBand = [];
        private int _currentStamp;
        private int _posts;

        public BandStats[] Bands { get; private set; } = [];

        public BoundedHeap[] Evidence { get; private set; } = [];

        private GrowArray<int> Seen { get; } = new(64);

        public void Reset(int windows, int cap, int posts)
        {
            if (Bands.Length != windows)
            {
                Bands = new BandStats[windows];
                Evidence = Enumerable.Range(0, windows).Select(_ => new BoundedHeap(cap)).ToArray();
            }

            _posts = posts;

            Array.Clear(Bands);
            foreach (var heap in Evidence)
            {
                heap.Clear();
            }
        }

        /// <summary>Distinct posts of one side per window: a post counts from the smallest band it appears in.
        /// An edge of few records sorts its (post, band) pairs on the stack; a larger one marks posts in a per-thread
        /// stamp per post, linear but two reads at random in arrays as long as the collection per record.</summary>
        public void DistinctPerWindow(ObjectGroups groups, ReadOnlySpan<PairRecord> records, bool source, Span<int> perWindow)
        {
            if (records.Length <= SortedLimit)
            {
                DistinctPerWindowSorted(groups, records, source, perWindow);
                return;
            }

            if (_stamp.Length < _posts)
            {
                // Made on the first large edge only: most kinds' edges have few records.
                _stamp = new int[_posts];
                _firstBand = new byte[_posts];
                _currentStamp = 0;
            }

            var stamp = ++_currentStamp;
            var seen = Seen.Cleared();
            foreach (var record in records)
            {
                var post = groups.Post[source ? record.Lo : record.Hi];
                if (_stamp[post] != stamp)
                {
                    _stamp[post] = stamp;
                    _firstBand[post] = (byte)record.Band;
                    seen.Add(post);
                }
                else if (record.Band < _firstBand[post])
                {
                    _firstBand[post] = (byte)record.Band;
                }
            }

            perWindow.Clear();
            foreach (var post in seen.AsSpan())
            {
                perWindow[_firstBand[post]]++;
            }

            Accumulate(perWindow);
        }

        private static void DistinctPerWindowSorted(ObjectGroups groups, ReadOnlySpan<PairRecord> records, bool source, Span<int> perWindow)
        {
            // Post in the upper bits, band in the lowest byte: sorted, a post's first entry holds its smallest band.
            Span<ulong> entries = stackalloc ulong[records.Length];
            for (var r = 0; r < records.Length; r++)
            {
                var post = groups.Post[source ? records[r].Lo : records[r].Hi];
                entries[r] = ((ulong)(uint)post << 8) | (byte)records[r].Band;
            }

            entries.Sort();
            perWindow.Clear();
            for (var r = 0; r < entries.Length; r++)
            {
                if (r == 0 || entries[r] >> 8 != entries[r - 1] >> 8)
                {
                    perWindow[(int)(entries[r] & 0xFF)]++;
                }
            }

            Accumulate(perWindow);
        }

        /// <summary>Posts first counted in a window count in every later (wider) window too.</summary>
        private static void Accumulate(Span<int> perWindow)
        {
            for (var w = 1; w < perWindow.Length; w++)
            {
                perWindow[w] += perWindow[w - 1];
            }
        }
    }
}
