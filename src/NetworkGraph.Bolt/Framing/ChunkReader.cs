using System.Buffers.Binary;

namespace NetworkGraph.Bolt.Framing;

/// Reassembles chunked messages from a stream, skipping keep-alive (NOOP) empty chunks.
internal sealed class ChunkReader(Stream stream, int maxMessageSize = ChunkReader.DefaultMaxMessageSize)
{
    public const int DefaultMaxMessageSize = 256 * 1024 * 1024;

    private readonly byte[] _header = new byte[2];
    private byte[] _message = new byte[8192];

    /// Reads the next whole message; the memory stays valid until the next call. Null at a clean end of stream.
    public async ValueTask<ReadOnlyMemory<byte>?> ReadMessageAsync(CancellationToken ct)
    {
        var length = 0;
        while (true)
        {
            if (!await FillAsync(_header, length == 0, ct))
            {
                return null;
            }

            var size = BinaryPrimitives.ReadUInt16BigEndian(_header);
            if (size == 0)
            {
                if (length == 0)
                {
                    continue; // NOOP between messages
                }

                return _message.AsMemory(0, length);
            }

            if (length + size > maxMessageSize)
            {
                throw new BoltProtocolException($"A message is larger than the {maxMessageSize}-byte limit.");
            }

            if (length + size > _message.Length)
            {
                Array.Resize(ref _message, Math.Max(_message.Length * 2, length + size));
            }

            await FillAsync(_message.AsMemory(length, size), false, ct);
            length += size;
        }
    }

    private async ValueTask<bool> FillAsync(Memory<byte> buffer, bool endAllowed, CancellationToken ct)
    {
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        if (read == buffer.Length)
        {
            return true;
        }

        if (read == 0 && endAllowed)
        {
            return false;
        }

        throw new EndOfStreamException("The connection closed in the middle of a message.");
    }
}
