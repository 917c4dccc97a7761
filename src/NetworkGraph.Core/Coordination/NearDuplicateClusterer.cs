using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.Intrinsics;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>Groups near-duplicate texts with MinHash and LSH banding, never comparing all pairs.</summary>
/// <remarks>
/// Per band, texts are radix-sorted by the band's slots; inside a bucket each text is checked against at most four
/// earlier bucket representatives and linked to the first whose estimated Jaccard similarity reaches the threshold
/// (otherwise it becomes a representative while there is room). Links from all bands are merged with union-find, so
/// clusters are connected components: a chain of near-duplicates can join texts that are less similar end to end,
/// which is what copy-paste campaigns with drifting variants look like. The result does not depend on thread count.
/// </remarks>
public sealed class NearDuplicateClusterer
{
    private const int Representatives = 4;
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

    /// <summary>For each already normalised text, the index of the first text of its cluster.</summary>
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

    internal int[] Cluster(SignatureStore signatures, CancellationToken cancellationToken)
    {
        var count = signatures.Count;
        var sketches = Sketches(signatures);
        var links = new GrowArray<ulong>[_options.Bands];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _degree, CancellationToken = cancellationToken };
        Parallel.For(0, _options.Bands, parallel, () => new ulong[4][], (band, _, scratch) =>
        {
            if (scratch[0] is null || scratch[0].Length < count)
            {
                for (var i = 0; i < scratch.Length; i++)
                {
                    scratch[i] = new ulong[count];
                }
            }

            links[band] = LinkBand(signatures, sketches, band, scratch, count);
            return scratch;
        }, _ => { });

        var parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
        }

        foreach (var bandLinks in links)
        {
            foreach (var link in bandLinks.AsSpan())
            {
                Union(parent, (int)(link >> 32), (int)(uint)link);
            }
        }

        for (var i = 0; i < count; i++)
        {
            parent[i] = Find(parent, i);
        }

        return parent;
    }

    private GrowArray<ulong> LinkBand(SignatureStore signatures, ulong[] sketches, int band, ulong[][] scratch, int count)
    {
        var keys = scratch[0].AsSpan(0, count);
        var carried = scratch[1].AsSpan(0, count);
        const int width = MinHashOptions.SignatureLength;
        var rows = _options.RowsPerBand;
        var keyBits = Math.Min(32, rows * 8);
        for (var first = 0; first < keys.Length;)
        {
            // Walk the store chunk by chunk: one contiguous read per signature.
            var run = signatures.Run(first);
            for (var offset = band * rows; offset < run.Length; offset += width, first++)
            {
                keys[first] = (BandKey(run.Slice(offset, rows)) << 32) | (uint)first;
                carried[first] = sketches[first];
            }
        }

        RadixSort.Sort(keys, carried, scratch[2].AsSpan(0, count), scratch[3].AsSpan(0, count), 32, 32 + keyBits);
        var links = new GrowArray<ulong>(256);
        Span<int> representatives = stackalloc int[Representatives];
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
                LinkBucket(signatures, keys[start..end], carried[start..end], representatives, links);
            }

            start = end;
        }

        return links;
    }

    private void LinkBucket(
        SignatureStore signatures, ReadOnlySpan<ulong> members, ReadOnlySpan<ulong> sketches, Span<int> representatives,
        GrowArray<ulong> links)
    {
        Span<ulong> representativeSketches = stackalloc ulong[Representatives];
        var held = 0;
        for (var k = 0; k < members.Length; k++)
        {
            var text = (int)(uint)members[k];
            var linked = false;
            for (var r = 0; r < held && !linked; r++)
            {
                // Exact prefilter: slots that agree have equal low bits, so more differing sketch bits than the
                // disagreements the threshold allows means the full comparison would fail.
                if (BitOperations.PopCount(representativeSketches[r] ^ sketches[k]) > _maxDisagreeing)
                {
                    continue;
                }

                if (MinHasher.EstimateJaccard(signatures[representatives[r]], signatures[text]) >= _threshold)
                {
                    links.Add(((ulong)(uint)representatives[r] << 32) | (uint)text);
                    linked = true;
                }
            }

            if (!linked && held < Representatives)
            {
                representativeSketches[held] = sketches[k];
                representatives[held++] = text;
            }
        }
    }

    /// <summary>One bit per slot (its lowest), 64 slots in one word.</summary>
    private static ulong[] Sketches(SignatureStore signatures)
    {
        const int width = MinHashOptions.SignatureLength;
        var sketches = new ulong[signatures.Count];
        for (var first = 0; first < sketches.Length;)
        {
            var run = signatures.Run(first);
            for (var offset = 0; offset < run.Length; offset += width, first++)
            {
                var bits = Vector512.Create(run.Slice(offset, width)) << 7;
                sketches[first] = bits.ExtractMostSignificantBits();
            }
        }

        return sketches;
    }

    private static ulong BandKey(ReadOnlySpan<byte> slots)
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

        return slots.Length <= 4 ? packed : StableHash.Mix(packed) >> 32;
    }

    private static int Find(int[] parent, int i)
    {
        var root = i;
        while (parent[root] != root)
        {
            root = parent[root];
        }

        while (parent[i] != root)
        {
            var next = parent[i];
            parent[i] = root;
            i = next;
        }

        return root;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra < rb)
        {
            parent[rb] = ra;
        }
        else if (rb < ra)
        {
            parent[ra] = rb;
        }
    }
}
