using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetworkGraph.Core.Text;

/// <summary>Computes MinHash signatures of normalised texts and estimates their Jaccard similarity.</summary>
/// <remarks>
/// One-permutation hashing: each character shingle is hashed once; the top 6 bits pick one of 64 slots and the low
/// 32 bits compete for that slot's minimum. Empty slots (short texts) borrow the value of a slot chosen by a seeded
/// hash of the slot number (densification), so equal texts always get equal signatures. Only the lowest byte of each
/// minimum is kept (b-bit MinHash): two slots agree by chance with probability 1/256, which
/// <see cref="EstimateJaccard"/> corrects for.
/// </remarks>
public sealed class MinHasher
{
    private const ulong Base = 0x100000001B3UL;
    private const int Slots = MinHashOptions.SignatureLength;
    private const int KnownDonors = 8;
    private readonly int _shingle;
    private readonly bool _vectorized;
    private readonly ulong _seed;
    private readonly ulong _basePower;
    private readonly byte[] _donors; // the first KnownDonors donor slots each slot tries when densifying

    /// <summary>Creates a hasher with the given settings.</summary>
    public MinHasher(MinHashOptions options)
        : this(options, vectorized: Avx512DQ.IsSupported)
    {
    }

    /// <summary>Creates a hasher that hashes shingles eight at a time with 512-bit vectors, or one at a time (the same
    /// signatures either way).</summary>
    internal MinHasher(MinHashOptions options, bool vectorized)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _vectorized = vectorized && Avx512DQ.IsSupported;
        _shingle = options.ShingleLength;
        _seed = StableHash.Mix(options.Seed ^ 0xA5A5A5A5A5A5A5A5UL);
        _basePower = 1;
        for (var i = 1; i < _shingle; i++)
        {
            _basePower *= Base;
        }

        _donors = new byte[Slots * KnownDonors];
        for (var slot = 0; slot < Slots; slot++)
        {
            for (var attempt = 1; attempt <= KnownDonors; attempt++)
            {
                _donors[(slot * KnownDonors) + attempt - 1] = (byte)Donor(slot, (ulong)attempt);
            }
        }
    }

    /// <summary>The settings this hasher was created with.</summary>
    public MinHashOptions Options { get; }

    /// <summary>Writes the 64-byte signature of an already normalised text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ComputeSignature(ReadOnlySpan<char> normalized, Span<byte> signature)
    {
        if (signature.Length < Slots)
        {
            throw new ArgumentException("The signature needs 64 bytes.", nameof(signature));
        }

        Span<uint> minima = stackalloc uint[Slots];
        minima.Fill(uint.MaxValue);
        ulong occupied = 0;
        if (normalized.Length <= _shingle)
        {
            ulong whole = 0;
            foreach (var c in normalized)
            {
                whole = (whole * Base) + c;
            }

            Offer(StableHash.Mix(whole ^ _seed), minima, ref occupied);
        }
        else
        {
            var shingles = normalized.Length - _shingle + 1;
            var first = _vectorized ? OfferVectorized(normalized, shingles, minima, ref occupied) : 0;
            if (first < shingles)
            {
                ulong rolling = 0;
                for (var i = first; i < first + _shingle; i++)
                {
                    rolling = (rolling * Base) + normalized[i];
                }

                Offer(StableHash.Mix(rolling ^ _seed), minima, ref occupied);
                for (var i = first + _shingle; i < normalized.Length; i++)
                {
                    rolling = ((rolling - (normalized[i - _shingle] * _basePower)) * Base) + normalized[i];
                    Offer(StableHash.Mix(rolling ^ _seed), minima, ref occupied);
                }
            }
        }

        Densify(minima, occupied);
        for (var i = 0; i < Slots; i++)
        {
            signature[i] = (byte)minima[i];
        }
    }

    /// <summary>Estimates the Jaccard similarity of the shingle sets behind two signatures.</summary>
    public static double EstimateJaccard(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        return EstimateJaccardFromAgreement(AgreeingSlots(first, second));
    }

    internal static double EstimateJaccardFromAgreement(int agreeingSlots)
    {
        const double chance = 1.0 / 256;
        var estimate = ((agreeingSlots / (double)Slots) - chance) / (1 - chance);
        return Math.Clamp(estimate, 0, 1);
    }

    /// <summary>The exact Jaccard similarity of the shingle sets of two normalised texts (for checks, not for bulk use).</summary>
    public double ExactJaccard(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = ShingleSet(first);
        var b = ShingleSet(second);
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var common = a.Count(b.Contains);
        return common / (double)(a.Count + b.Count - common);
    }

    internal static int AgreeingSlots(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        var (a0, a1) = Halves(first);
        var (b0, b1) = Halves(second);
        return AgreeingSlots(a0, a1, b0, b1);
    }

    /// <summary>A signature's two 32-slot halves, to compare one signature with several without reloading it.</summary>
    internal static (Vector256<byte> Low, Vector256<byte> High) Halves(ReadOnlySpan<byte> signature) =>
        (Vector256.Create(signature[..32]), Vector256.Create(signature.Slice(32, 32)));

    /// <summary>How many slots two signatures, given as <see cref="Halves"/>, agree on.</summary>
    internal static int AgreeingSlots(Vector256<byte> firstLow, Vector256<byte> firstHigh, Vector256<byte> secondLow, Vector256<byte> secondHigh)
    {
        var equal0 = Vector256.Equals(firstLow, secondLow).ExtractMostSignificantBits();
        var equal1 = Vector256.Equals(firstHigh, secondHigh).ExtractMostSignificantBits();
        return BitOperations.PopCount(equal0) + BitOperations.PopCount(equal1);
    }

    private HashSet<ulong> ShingleSet(string text)
    {
        var set = new HashSet<ulong>();
        if (text.Length <= _shingle)
        {
            if (text.Length > 0)
            {
                set.Add(StableHash.Hash64(text, _seed));
            }

            return set;
        }

        for (var i = 0; i + _shingle <= text.Length; i++)
        {
            set.Add(StableHash.Hash64(text.AsSpan(i, _shingle), _seed));
        }

        return set;
    }

    /// <summary>Offers the shingles of eight positions at a time, whole multiples of eight from the start, and returns
    /// the first position not offered. Each shingle's hash is computed from its characters (the same polynomial the
    /// rolling hash keeps, modulo 2^64), so eight lanes need no chain from one position to the next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int OfferVectorized(ReadOnlySpan<char> normalized, int shingles, Span<uint> minima, ref ulong occupied)
    {
        const int lanes = 8;
        var units = MemoryMarshal.Cast<char, ushort>(normalized);
        var seed = Vector512.Create(_seed);
        var multiplier = Vector512.Create(Base);
        Span<ulong> hashes = stackalloc ulong[lanes];
        var at = 0;
        for (; at + lanes <= shingles; at += lanes)
        {
            var hash = Avx512F.ConvertToVector512UInt64(Vector128.Create(units.Slice(at, lanes)));
            for (var k = 1; k < _shingle; k++)
            {
                hash = (hash * multiplier) + Avx512F.ConvertToVector512UInt64(Vector128.Create(units.Slice(at + k, lanes)));
            }

            StableHash.Mix(hash ^ seed).CopyTo(hashes);
            foreach (var h in hashes)
            {
                Offer(h, minima, ref occupied);
            }
        }

        return at;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Offer(ulong hash, Span<uint> minima, ref ulong occupied)
    {
        var slot = (int)(hash >> 58);
        ref var minimum = ref minima[slot];
        minimum = Math.Min(minimum, (uint)hash); // branch-free: whether a shingle lowers its slot is a coin toss early on
        occupied |= 1UL << slot;
    }

    /// <summary>The slot that empty slot <paramref name="slot"/> borrows from at its <paramref name="attempt"/>-th try.</summary>
    private int Donor(int slot, ulong attempt) => (int)(StableHash.Mix(_seed + ((ulong)slot << 32) + attempt) >> 58);

    /// <summary>The first of the slot's known donors that is occupied (-1: none), without a branch per donor: whether
    /// a donor is occupied is a coin toss a branch predictor would mostly miss.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FirstKnownDonor(int slot, ulong occupied)
    {
        var donors = BinaryPrimitives.ReadUInt64LittleEndian(_donors.AsSpan(slot * KnownDonors, KnownDonors));
        var found = 0UL;
        for (var k = 0; k < KnownDonors; k++)
        {
            found |= ((occupied >> (int)((donors >> (8 * k)) & 63)) & 1) << k;
        }

        return found == 0 ? -1 : (int)((donors >> (8 * BitOperations.TrailingZeroCount(found))) & 63);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Densify(Span<uint> minima, ulong occupied)
    {
        if (occupied == ulong.MaxValue || occupied == 0)
        {
            return;
        }

        // Only the empty slots, lowest first; donors are occupied slots, whose values densifying never changes.
        for (var empty = ~occupied; empty != 0; empty &= empty - 1)
        {
            var slot = BitOperations.TrailingZeroCount(empty);
            var donor = FirstKnownDonor(slot, occupied);
            for (var attempt = (ulong)KnownDonors + 1; donor < 0; attempt++)
            {
                var next = Donor(slot, attempt);
                donor = (occupied & (1UL << next)) != 0 ? next : -1;
            }

            minima[slot] = minima[donor];
        }
    }
}
