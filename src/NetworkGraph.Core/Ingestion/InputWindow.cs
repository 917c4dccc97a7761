namespace NetworkGraph.Core.Ingestion;

/// <summary>A growable window of bytes over a stream: the bytes not yet consumed stay contiguous, and the stream
/// offset of each is known (for checkpoints). The one input buffer of the CSV and JSON readers.</summary>
internal sealed class InputWindow(Stream stream, int bufferSize = 1 << 20) : IDisposable
{
    private byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;
    private long _bufferOffset;

    /// <summary>Whether the stream has no more bytes to give.</summary>
    public bool Eof { get; private set; }

    /// <summary>The bytes read but not yet consumed.</summary>
    public ReadOnlySpan<byte> Available => _buffer.AsSpan(_start, _end - _start);

    /// <summary>The bytes held in memory, read or not.</summary>
    public int Capacity => _buffer.Length;

    /// <summary>The stream offset of the first available byte.</summary>
    public long Offset => _bufferOffset + _start;

    /// <summary>Available bytes as memory; valid until the next <see cref="ReadMore"/>.</summary>
    public ReadOnlyMemory<byte> Slice(int start, int length) => _buffer.AsMemory(_start + start, length);

    public void Advance(int count) => _start += count;

    /// <summary>Reads more bytes after those available (keeping them); false at the end of the stream.</summary>
    public bool ReadMore()
    {
        if (Eof)
        {
            return false;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        Eof = read == 0;
        return read > 0;
    }

    /// <summary>Moves forward to a stream offset at or after <see cref="Offset"/>: seeking where the stream allows
    /// it, reading past the bytes otherwise (compressed input).</summary>
    public void SkipTo(long offset)
    {
        if (offset <= _bufferOffset + _end)
        {
            _start = (int)Math.Max(_start, offset - _bufferOffset);
            return;
        }

        if (stream.CanSeek)
        {
            stream.Seek(offset, SeekOrigin.Begin);
            _bufferOffset = offset;
            _start = _end = 0;
            Eof = false;
            return;
        }

        while (_bufferOffset + _end < offset)
        {
            _start = _end;
            if (!ReadMore())
            {
                throw new InvalidDataException($"The input ends before the checkpoint at byte {offset}.");
            }
        }

        _start = (int)(offset - _bufferOffset);
    }

    public void Dispose() => stream.Dispose();
}
