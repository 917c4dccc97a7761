using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.Intrinsics;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>Groups near-duplicate texts with MinHash and LSH banding, never comparing all pairs.</summary>
/// <remarks>
/// Per band, texts are radix-sorted by the band's slots; inside a bucket each text is compared with the bucket's first
/// sixteen texts (its heads, the earliest texts of the bucket) and those whose estimated Jaccard similarity reaches the
/// threshold become its candidates; each text keeps its <see cref="CandidateSlots"/> earliest candidates, so a bucket
/// costs at most sixteen comparisons per text and memory stays linear. A 64-bit sketch (the lowest bit of each slot)
/// rejects most candidates without touching their signatures. (Sixteen rather than eight: a family of short variants,
/// such as the answers to one hashtag game, fills large buckets, and eight heads and slots found about 40% as many
/// same-family pairs on the IRA 2017 tweets.)
/// Groups are then formed from these pairs (<see cref="RepresentativeGroups"/>): the texts with the most similar texts
/// represent first and claim the similar texts not claimed yet. So every member is within the threshold of its
/// group's representative, and a chain A~B~C~D~E of drifting variants never joins A and E: no transitive closure, no
/// giant object. Candidates do not depend on the order the bands are processed in, and the groups are formed
/// sequentially from them, so they do not depend on thread count or timing.
/// </remarks>
public sealed class NearDuplicateClusterer
{
    private const int Representatives = 16;
    private const int CandidateSlots = 16;
    private const int GatherBatch = 4096;
    private readonly MinHashOptions _options;
    private readonly double _threshold;
    private readonly int _degree;
    private readonly int _maxDisagreeing;

    /// <summary>Creates a clusterer; <paramref name="threshold"/> is the minimum estimated Jaccard similarity.</summary>
    public NearDuplicateClusterer(MinHashOptions options, double threshold, int maxDegreeOfParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        _options = options;
        _threshold = threshold;
        _degree = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        _maxDisagreeing = MinHashOptions.SignatureLength;
        while (_maxDisagreeing > 0 && MinHasher.EstimateJaccardFromAgreement(MinHashOptions.SignatureLength - _maxDisagreeing) < threshold)
        {
            _maxDisagreeing--;
        }
    }

    /// <summary>For each already normalised text, the index of its group's representative (see <see cref="RepresentativeGroups"/>).</summary>
    public int[] Cluster(IReadOnlyList<string> normalizedTexts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(normalizedTexts);
        var hasher = new MinHasher(_options);
        var store = new SignatureStore();
        Span<byte> signature = stackalloc byte[MinHashOptions.SignatureLength];
        foreach (var text in normalizedTexts)
        {
            hasher.ComputeSignature(text ?? string.Empty, signature);
            store.Add(signature);
        }

        return Cluster(store, cancellationToken);
    }

    internal int[] Cluster(SignatureStore signatures, CancellationToken cancellationToken) =>
        FormGroups(FindCandidates(signatures, cancellationToken), signatures);

    /// <summary>The second half of clustering: for each text, its group's representative, from the candidates of
    /// <see cref="FindCandidates"/> (sequential).</summary>
    internal int[] FormGroups(EarlierCandidates candidates, SignatureStore signatures) =>
        RepresentativeGroups.Form(candidates, signatures, _threshold);

    /// <summary>For each text, the earliest earlier texts that LSH paired with it and that are within the threshold.</summary>
    internal EarlierCandidates FindCandidates(SignatureStore signatures, CancellationToken cancellationToken)
    {
        const int bandsPerPass = 4;
        var count = signatures.Count;
        var sketches = new ulong[count];
        var bandKeys = new uint[Math.Min(bandsPerPass, _options.Bands)][];
        var found = new GrowArray<ulong>[bandKeys.Length];
        for (var b = 0; b < bandKeys.Length; b++)
        {
            bandKeys[b] = new uint[count];
            found[b] = new GrowArray<ulong>(1024);
        }

        var candidates = new EarlierCandidates(count, CandidateSlots, _degree);
        var spares = new ScratchPool<BandScratch>(() => new BandScratch(count)); // reused across passes
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _degree, CancellationToken = cancellationToken };
        for (var firstBand = 0; firstBand < _options.Bands; firstBand += bandsPerPass)
        {
            var bands = Math.Min(bandsPerPass, _options.Bands - firstBand);
            ReadBandKeys(signatures, firstBand, bands, bandKeys, firstBand == 0 ? sketches : null, parallel);
            Parallel.For(0, bands, parallel, spares.Take, (b, _, scratch) =>
            {
                var pairs = found[b].Cleared();
                LinkBand(signatures, sketches, bandKeys[b], scratch, count, pairs);

                // Sorted by text on the band's thread (the sort space of the band's keys is free again), not one band
                // after another on one thread below.
                candidates.SortOffers(pairs.AsSpan(), pairs.Count <= count ? scratch.SpareKeys : new ulong[pairs.Count]);
                return scratch;
            }, spares.Return);

            // Each band's similar pairs, offered together (see EarlierCandidates.OfferAll), band by band: what a text
            // keeps does not depend on the order of the offers, and no pass's pairs are copied into one array (whose
            // length, the pass's total, could exceed an int's range on a large collection).
            foreach (var band in found.Take(bands))
            {
                candidates.OfferSorted(band.AsMemory(), _degree);
            }
        }

        candidates.Compact(); // the groups are formed from them, beside other work: only the filled slots are kept
        return candidates;
    }

    /// <summary>One pass over the signatures (store chunks in parallel): the keys of several bands and, once, the sketches.</summary>
    private void ReadBandKeys(
        SignatureStore signatures, int firstBand, int bands, uint[][] bandKeys, ulong[]? sketches, ParallelOptions parallel)
    {
        const int width = MinHashOptions.SignatureLength;
        var rows = _options.RowsPerBand;
        Parallel.For(0, signatures.ChunkCount, parallel, chunk =>
        {
            var first = chunk * SignatureStore.ChunkSize;
            var run = signatures.Run(first);
            for (var offset = 0; offset < run.Length; offset += width, first++)
            {
                var signature = run.Slice(offset, width);
                for (var b = 0; b < bands; b++)
                {
                    bandKeys[b][first] = BandKey(signature.Slice((firstBand + b) * rows, rows));
                }

                if (sketches is not null)
                {
                    // One bit per slot (its lowest), 64 slots in one word.
                    sketches[first] = (Vector512.Create(signature) << 7).ExtractMostSignificantBits();
                }
            }
        });
    }

    /// <summary>Sorts the texts by band key (carrying their sketches, so that buckets are read sequentially) and
    /// links near-duplicates inside each bucket. Texts whose key no other text has are left out before sorting (a
    /// bucket of one links nothing): most texts, in most bands.</summary>
    /// <remarks>The signatures of the buckets' members are copied, batch by batch, into a buffer in bucket order
    /// first: a run of independent loads the processor overlaps, where loading each as its comparison needs it waits
    /// for memory once per member (the signatures of millions of texts are far larger than the cache).</remarks>
    private void LinkBand(
        SignatureStore signatures, ulong[] sketches, uint[] bandKeys, BandScratch scratch, int count, GrowArray<ulong> found)
    {
        var keyBits = Math.Min(32, _options.RowsPerBand * 8);
        scratch.MarkShared(bandKeys.AsSpan(0, count));
        var allKeys = scratch.Keys;
        var allCarried = scratch.Carried;
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (scratch.MayBeShared(bandKeys[i]))
            {
                allKeys[kept] = ((ulong)bandKeys[i] << 32) | (uint)i;
                allCarried[kept++] = sketches[i];
            }
        }

        var keys = allKeys.AsSpan(0, kept);
        var carried = allCarried.AsSpan(0, kept);
        RadixSort.SortPartitioned(keys, carried, scratch.SpareKeys.AsSpan(0, kept), scratch.SpareCarried.AsSpan(0, kept), 32, 32 + keyBits);
        var gathered = scratch.Gathered;
        var heads = scratch.Heads;
        var start = 0;
        while (start < keys.Length)
        {
            // A batch: the buckets of at least two members from start on, up to GatherBatch members, or one larger bucket.
            var filled = 0;
            var end = start;
            while (end < keys.Length && filled < GatherBatch)
            {
                var next = BucketEnd(keys, end);
                var size = next - end;
                if (size > GatherBatch && filled == 0)
                {
                    LinkLargeBucket(signatures, keys[end..next], carried[end..next], found, gathered, heads);
                    end = next;
                    break;
                }

                if (size > 1 && filled + size > GatherBatch)
                {
                    break;
                }

                filled += size > 1 ? size : 0;
                end = next;
            }

            LinkBatch(signatures, keys[start..end], carried[start..end], found, gathered);
            start = end;
        }
    }

    /// <summary>Links the buckets of a batch of at most <see cref="GatherBatch"/> members in buckets of two or more.</summary>
    private void LinkBatch(
        SignatureStore signatures, ReadOnlySpan<ulong> keys, ReadOnlySpan<ulong> sketches, GrowArray<ulong> found,
        Vector256<byte>[] gathered)
    {
        var at = 0;
        for (var b = 0; b < keys.Length;)
        {
            var end = BucketEnd(keys, b);
            if (end - b > 1 && end - b <= GatherBatch)
            {
                at = Gather(signatures, keys[b..end], gathered, at);
            }

            b = end;
        }

        at = 0;
        for (var b = 0; b < keys.Length;)
        {
            var end = BucketEnd(keys, b);
            var size = end - b;
            if (size > 1 && size <= GatherBatch)
            {
                var vectors = gathered.AsSpan(2 * at, 2 * size);
                LinkMembers(keys[b..end], sketches[b..end], 1, vectors[..(2 * Math.Min(Representatives, size))], vectors[2..], found);
                at += size;
            }

            b = end;
        }
    }

    /// <summary>A bucket of more than <see cref="GatherBatch"/> members, in parts: its heads once, then its members a
    /// batch at a time.</summary>
    private void LinkLargeBucket(
        SignatureStore signatures, ReadOnlySpan<ulong> members, ReadOnlySpan<ulong> sketches, GrowArray<ulong> found,
        Vector256<byte>[] gathered, Vector256<byte>[] heads)
    {
        Gather(signatures, members[..Representatives], heads, 0);
        for (var from = 1; from < members.Length; from += GatherBatch)
        {
            var to = Math.Min(members.Length, from + GatherBatch);
            Gather(signatures, members[from..to], gathered, 0);
            var vectors = gathered.AsSpan(0, 2 * (to - from));
            LinkMembers(members[..to], sketches[..to], from, heads, vectors, found);
        }
    }

    private static int BucketEnd(ReadOnlySpan<ulong> keys, int start)
    {
        var bucket = keys[start] >> 32;
        var end = start + 1;
        while (end < keys.Length && keys[end] >> 32 == bucket)
        {
            end++;
        }

        return end;
    }

    /// <summary>Copies the signatures of <paramref name="members"/> as halves into <paramref name="into"/> from member
    /// position <paramref name="at"/> on; returns the position after them.</summary>
    private static int Gather(SignatureStore signatures, ReadOnlySpan<ulong> members, Span<Vector256<byte>> into, int at)
    {
        foreach (var member in members)
        {
            (into[2 * at], into[(2 * at) + 1]) = MinHasher.Halves(signatures[(int)(uint)member]);
            at++;
        }

        return at;
    }

    /// <summary>Members <paramref name="from"/> on of a bucket (the rest of <paramref name="members"/>; their halves
    /// are <paramref name="vectors"/>) are each compared with the heads before them (the bucket's first members, the
    /// earliest texts, their halves <paramref name="heads"/>), and the similar ones are offered as its candidates.
    /// Which pairs are compared depends only on the bucket, never on what other bands found, so the candidates do not
    /// depend on the order of the bands.</summary>
    /// <remarks>Agreement is counted against the fewest agreeing slots the threshold allows (the estimate grows with
    /// agreement, so this is the same test). A similar pair goes to <paramref name="found"/> (text in the upper half, the
    /// head in the lower): the pass offers them together (<see cref="EarlierCandidates.OfferAll"/>), rather than each
    /// thread reading and locking a text's slots at random here.</remarks>
    private void LinkMembers(
        ReadOnlySpan<ulong> members, ReadOnlySpan<ulong> sketches, int from, ReadOnlySpan<Vector256<byte>> heads,
        ReadOnlySpan<Vector256<byte>> vectors, GrowArray<ulong> found)
    {
        var headCount = Math.Min(Representatives, members.Length);
        var minAgreeing = MinHashOptions.SignatureLength - _maxDisagreeing;
        for (var k = from; k < members.Length; k++)
        {
            var low = vectors[2 * (k - from)];
            var high = vectors[(2 * (k - from)) + 1];
            for (var r = 0; r < Math.Min(k, headCount); r++)
            {
                // Exact prefilter: slots that agree have equal low bits, so more differing sketch bits than the
                // disagreements the threshold allows means the full comparison would fail.
                if (BitOperations.PopCount(sketches[r] ^ sketches[k]) > _maxDisagreeing)
                {
                    continue;
                }

                if (MinHasher.AgreeingSlots(heads[2 * r], heads[(2 * r) + 1], low, high) >= minAgreeing)
                {
                    found.Add((members[k] << 32) | (uint)members[r]);
                }
            }
        }
    }

    /// <summary>One thread's buffers for a band: the sort's keys and sketches and their spares, the gathered
    /// signatures, and a bitmap of hashed band keys, seen and seen twice.</summary>
    /// <remarks>The two bits of a hash are in neighbouring words (seen at 2w, seen twice at 2w + 1), so marking a key
    /// reads and writes one cache line of a bitmap far larger than the cache, not one line in each of two bitmaps.</remarks>
    private sealed class BandScratch(int count)
    {
        private readonly int _shift = 64 - Math.Clamp(BitOperations.Log2((uint)Math.Max(1, count)) + 4, 12, 28);
        private ulong[] _bits = [];

        /// <summary>Marks the hashed keys seen twice or more: then every key that more than one text has (a bucket of
        /// two or more) is one <see cref="MayBeShared"/> says yes to.</summary>
        public void MarkShared(ReadOnlySpan<uint> bandKeys)
        {
            var words = 2 << (64 - _shift - 6);
            if (_bits.Length != words)
            {
                _bits = new ulong[words];
            }
            else
            {
                Array.Clear(_bits);
            }

            foreach (var key in bandKeys)
            {
                var h = Hash(key);
                var bit = 1UL << (int)h;
                var word = (int)(h >> 6) << 1;
                _bits[word + 1] |= _bits[word] & bit;
                _bits[word] |= bit;
            }
        }

        /// <summary>Whether another text may have <paramref name="key"/> (false: surely none).</summary>
        public bool MayBeShared(uint key)
        {
            var h = Hash(key);
            return (_bits[((int)(h >> 6) << 1) + 1] & (1UL << (int)h)) != 0;
        }

        private ulong Hash(uint key) => (key * 0x9E3779B97F4A7C15UL) >> _shift;

        public ulong[] Keys { get; } = GC.AllocateUninitializedArray<ulong>(count);

        public ulong[] Carried { get; } = GC.AllocateUninitializedArray<ulong>(count);

        public ulong[] SpareKeys { get; } = GC.AllocateUninitializedArray<ulong>(count);

        public ulong[] SpareCarried { get; } = GC.AllocateUninitializedArray<ulong>(count);

        public Vector256<byte>[] Gathered { get; } = new Vector256<byte>[2 * GatherBatch];

        public Vector256<byte>[] Heads { get; } = new Vector256<byte>[2 * Representatives];
    }

    private static uint BandKey(ReadOnlySpan<byte> slots)
    {
        if (slots.Length == 4)
        {
            return BinaryPrimitives.ReadUInt32BigEndian(slots);
        }

        ulong packed = 0;
        foreach (var slot in slots)
        {
            packed = (packed << 8) | slot;
        }

        return slots.Length < 4 ? (uint)packed : (uint)(StableHash.Mix(packed) >> 32);
    }
}
