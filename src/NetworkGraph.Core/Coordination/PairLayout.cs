using System.Numerics;

namespace NetworkGraph.Core.Coordination;

/// <summary>Packs an account pair and a window band into one sortable 64-bit key: lo | hi | band (4 bits), and
/// spreads keys over buckets that are sorted one at a time.</summary>
internal readonly struct PairLayout
{
    public const int BandBits = 4;
    private const int MaxBucketBits = 6;

    public PairLayout(int accountCount)
    {
        AccountBits = Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)Math.Max(1, accountCount - 1)));
        if (AccountBits > 30)
        {
            throw new NotSupportedException("Coordination graphs support at most 2^30 accounts.");
        }

        UsedBits = (2 * AccountBits) + BandBits;
        BucketBits = Math.Min(MaxBucketBits, 2 * AccountBits);
    }

    public int AccountBits { get; }

    public int UsedBits { get; }

    public int BucketBits { get; }

    public int Buckets => 1 << BucketBits;

    public ulong Key(int lo, int hi, int band) =>
        ((ulong)lo << (AccountBits + BandBits)) | ((ulong)hi << BandBits) | (uint)band;

    /// <summary>A bucket from a hash of the account pair (never of the band: one edge, one bucket). Hashing spreads
    /// the pairs of very active accounts, which a key-prefix bucket would pile into one bucket.</summary>
    public int Bucket(ulong key) => (int)(((key >> BandBits) * 0x9E3779B97F4A7C15UL) >> (64 - BucketBits));

    /// <summary>The account pair of a key without its band.</summary>
    public int Lo(ulong edge) => (int)(edge >> AccountBits);

    public int Hi(ulong edge) => (int)(edge & ((1UL << AccountBits) - 1));
}
