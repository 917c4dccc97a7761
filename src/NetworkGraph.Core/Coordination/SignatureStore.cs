using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>MinHash signatures stored back to back in 4 MiB chunks (no single huge array, no copy on growth).</summary>
internal sealed class SignatureStore
{
    private const int Width = MinHashOptions.SignatureLength;
    public const int ChunkSize = 1 << ChunkBits;
    private const int ChunkBits = 16;
    private readonly List<byte[]> _chunks = [];

    public int Count { get; private set; }

    public int ChunkCount => _chunks.Count;

    public ReadOnlySpan<byte> this[int index] =>
        _chunks[index >> ChunkBits].AsSpan((index & (ChunkSize - 1)) * Width, Width);

    /// <summary>The signatures from <paramref name="first"/> on that share its chunk, back to back.</summary>
    public ReadOnlySpan<byte> Run(int first)
    {
        var offset = first & (ChunkSize - 1);
        var inChunk = Math.Min(ChunkSize - offset, Count - first);
        return _chunks[first >> ChunkBits].AsSpan(offset * Width, inChunk * Width);
    }

    public int Add(ReadOnlySpan<byte> signature)
    {
        var offset = Count & (ChunkSize - 1);
        if (offset == 0)
        {
            _chunks.Add(new byte[ChunkSize * Width]);
        }

        signature[..Width].CopyTo(_chunks[^1].AsSpan(offset * Width, Width));
        return Count++;
    }
}
