namespace NetworkGraph.Core.Text;

/// <summary>Settings of the MinHash signatures and of the LSH banding that finds near-duplicate texts.</summary>
/// <remarks>
/// A signature has <see cref="SignatureLength"/> one-byte slots (one-permutation MinHash over character shingles,
/// lowest 8 bits of each slot kept). Two texts become candidates when all <see cref="RowsPerBand"/> slots of at least
/// one of the <see cref="Bands"/> bands agree: with the defaults (16 bands of 4) a pair of Jaccard 0.5 is a candidate
/// with probability 0.64, 0.6 with 0.89, 0.7 with 0.98, and 0.2 with 0.03. Candidates are then checked against the
/// similarity threshold on the whole signature.
/// </remarks>
public sealed record MinHashOptions
{
    /// <summary>The number of one-byte slots in a signature.</summary>
    public const int SignatureLength = 64;

    /// <summary>Characters per shingle (default 5).</summary>
    public int ShingleLength { get; init; } = 5;

    /// <summary>The number of LSH bands (default 16).</summary>
    public int Bands { get; init; } = 16;

    /// <summary>Signature slots per band (default 4); <c>Bands * RowsPerBand</c> must not exceed 64.</summary>
    public int RowsPerBand { get; init; } = 4;

    /// <summary>Seed of the shingle hash; the same seed gives the same signatures.</summary>
    public ulong Seed { get; init; } = 0x5EED_C0DE;

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        if (ShingleLength is < 1 or > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(ShingleLength), ShingleLength, "Must be between 1 and 32.");
        }

        if (RowsPerBand is < 1 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(RowsPerBand), RowsPerBand, "Must be between 1 and 8.");
        }

        if (Bands < 1 || Bands * RowsPerBand > SignatureLength)
        {
            throw new ArgumentOutOfRangeException(nameof(Bands), Bands, "Bands * RowsPerBand must be between 1 and 64.");
        }
    }
}
