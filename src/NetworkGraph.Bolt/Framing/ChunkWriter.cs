using System.Buffers;
using System.Buffers.Binary;

namespace NetworkGraph.Bolt.Framing;

/// Splits one encoded message into chunks: [u16 size][bytes] ... then the 00 00 end marker.
internal static class ChunkWriter
{
    public const int MaxChunkSize = ushort.MaxValue;

    public static void WriteMessage(ReadOnlySpan<byte> message, IBufferWriter<byte> output, int maxChunkSize = MaxChunkSize)
    {
        if (maxChunkSize is < 1 or > MaxChunkSize)
        {
            throw new ArgumentOutOfRangeException(nameof(maxChunkSize));
        }

        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, maxChunkSize);
            var span = output.GetSpan(size + 2);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            message[..size].CopyTo(span[2..]);
            output.Advance(size + 2);
            message = message[size..];
        }

        WriteEndMarker(output);
    }

    /// An empty chunk: ends a message, or on its own between messages is a keep-alive (NOOP).
    public static void WriteEndMarker(IBufferWriter<byte> output)
    {
        output.GetSpan(2)[..2].Clear();
        output.Advance(2);
    }
}
