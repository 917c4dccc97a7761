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
        RepresentativeGroups.Form(FindCandidates(signatures, cancellationToken), signatures, _threshold);

    /// <summary>For each text, the earliest earlier texts that LSH paired with it and that are within the threshold.</summary>
    internal EarlierCandidates FindCandidates(SignatureStore signatures, CancellationToken cancellationToken)
    {
        const int bandsPerPass = 4;
        var count = signatures.Count;
        var sketches = new ulong[count];
        var bandKeys = new uint[Math.Min(bandsPerPass, _options.Bands)][];
        for (var b = 0; b < bandKeys.Length; b++)
        {
            bandKeys[b] = new uint[count];
        }

        var candidates = new EarlierCandidates(count, CandidateSlots);
        var spares = new ScratchPool<ulong[][]>(() => [.. Enumerable.Range(0, 4).Select(_ => GC.AllocateUninitializedArray<ulong>(count))]); // sort buffers, reused across passes
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _degree, CancellationToken = cancellationToken };
        for (var firstBand = 0; firstBand < _options.Bands; firstBand += bandsPerPass)
        {
            var bands = Math.Min(bandsPerPass, _options.Bands - firstBand);
            ReadBandKeys(signatures, firstBand, bands, bandKeys, firstBand == 0 ? sketches : null, parallel);
            Parallel.For(0, bands, parallel, spares.Take, (b, _, scratch) =>
            {
                LinkBand(signatures, sketches, bandKeys[b], scratch, count, candidates);
                return scratch;
            }, spares.Return);
        }

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
    /// links near-duplicates inside each bucket.</summary>
    private void LinkBand(
        SignatureStore signatures, ulong[] sketches, uint[] bandKeys, ulong[][] scratch, int count, EarlierCandidates candidates)
    {
        var keyBits = Math.Min(32, _options.RowsPerBand * 8);
        var keys = scratch[0].AsSpan(0, count);
        var carried = scratch[1].AsSpan(0, count);
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((ulong)bandKeys[i] << 32) | (uint)i;
            carried[i] = sketches[i];
        }

        RadixSort.SortPartitioned(keys, carried, scratch[2].AsSpan(0, count), scratch[3].AsSpan(0, count), 32, 32 + keyBits);
        var headSlots = new Vector256<byte>[2 * Representatives];
        var start = 0;
        while (start < keys.Length)
        {
            var bucket = keys[start] >> 32;
            var end = start + 1;
            while (end < keys.Length && keys[end] >> 32 == bucket)
            {
                end++;
            }

            if (end - start > 1)
            {
                LinkBucket(signatures, keys[start..end], carried[start..end], candidates, headSlots);
            }

            start = end;
        }
    }

    /// <summary>The first members of the bucket (the earliest texts) are its heads; every member is compared with the
    /// heads before it, and the similar ones are offered as its candidates. Which pairs are compared depends only on the
    /// bucket, never on what other bands found, so the candidates do not depend on the order of the bands.</summary>
    /// <remarks>The heads' signatures are loaded once per bucket and a member's once, and agreement is counted against
    /// the fewest agreeing slots the threshold allows (the estimate grows with agreement, so this is the same test); the
    /// member's candidate slots are read only for a similar pair (most pairs that pass the sketch are not similar).</remarks>
    private void LinkBucket(
        SignatureStore signatures, ReadOnlySpan<ulong> members, ReadOnlySpan<ulong> sketches, EarlierCandidates candidates,
        Span<Vector256<byte>> headSlots)
    {
        var heads = Math.Min(Representatives, members.Length);
        var minAgreeing = MinHashOptions.SignatureLength - _maxDisagreeing;
        for (var r = 0; r < heads; r++)
        {
            (headSlots[2 * r], headSlots[(2 * r) + 1]) = MinHasher.Halves(signatures[(int)(uint)members[r]]);
        }

        for (var k = 1; k < members.Length; k++)
        {
            var text = (int)(uint)members[k];
            var loaded = false;
            Vector256<byte> low = default, high = default;
            for (var r = 0; r < Math.Min(k, heads); r++)
            {
                // Exact prefilter: slots that agree have equal low bits, so more differing sketch bits than the
                // disagreements the threshold allows means the full comparison would fail.
                if (BitOperations.PopCount(sketches[r] ^ sketches[k]) > _maxDisagreeing)
                {
                    continue;
                }

                if (!loaded)
                {
                    (low, high) = MinHasher.Halves(signatures[text]);
                    loaded = true;
                }

                var head = (int)(uint)members[r];
                if (MinHasher.AgreeingSlots(headSlots[2 * r], headSlots[(2 * r) + 1], low, high) >= minAgreeing
                    && candidates.Wants(text, head))
                {
                    candidates.Offer(text, head);
                }
            }
        }
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
