namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Splits a stream into lines of bytes, tracking the byte offset and number of each line, and can start
/// at a checkpoint (seeking, or reading past, for compressed input).</summary>
internal sealed class JsonLines : IDisposable
{
    /// <summary>A line longer than this is returned cut, flagged <see cref="TooLong"/>, and the rest skipped.</summary>
    public const int MaxLineBytes = 256 << 20;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;
    private long _bufferOffset;

    public JsonLines(Stream stream, long offset, long line)
    {
        _stream = stream;
        NextLine = Math.Max(line, 1);
        if (offset <= 0)
        {
            return;
        }

        if (stream.CanSeek)
        {
            stream.Seek(offset, SeekOrigin.Begin);
        }
        else
        {
            var skip = offset;
            while (skip > 0)
            {
                var read = stream.Read(_buffer, 0, (int)Math.Min(_buffer.Length, skip));
                if (read == 0)
                {
                    throw new InvalidDataException($"The input ends before the checkpoint at byte {offset}.");
                }

                skip -= read;
            }
        }

        _bufferOffset = offset;
    }

    /// <summary>The line number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The line number of the next line.</summary>
    public long NextLine { get; private set; }

    /// <summary>The byte offset of the next line.</summary>
    public long NextOffset => _bufferOffset + _start;

    /// <summary>Whether the line last returned was cut at <see cref="MaxLineBytes"/>.</summary>
    public bool TooLong { get; private set; }

    /// <summary>Whether the line last returned ended at the end of the input without a line break.</summary>
    public bool Unterminated { get; private set; }

    /// <summary>Returns the next line (without its line break); false at the end of the input.</summary>
    public bool TryRead(out ReadOnlySpan<byte> line)
    {
        TooLong = false;
        var searched = 0;
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available[searched..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return Take(searched + newline, searched + newline + 1, out line);
            }

            searched = available.Length;
            if (_eof)
            {
                if (available.IsEmpty)
                {
                    line = default;
                    return false;
                }

                Unterminated = true;
                return Take(available.Length, available.Length, out line);
            }

            if (available.Length >= MaxLineBytes)
            {
                TooLong = true;
                SkipRestOfLine();
                line = _buffer.AsSpan(0, 0);
                LineNumber = NextLine++;
                return true;
            }

            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

    private bool Take(int length, int consumed, out ReadOnlySpan<byte> line)
    {
        line = _buffer.AsSpan(_start, length);
        if (!line.IsEmpty && line[^1] == '\r')
        {
            line = line[..^1];
        }

        _start += consumed;
        LineNumber = NextLine++;
        Unterminated = consumed == length && _eof;
        return true;
    }

    private void SkipRestOfLine()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start += newline + 1;
                return;
            }

            _bufferOffset += _end;
            _start = _end = 0;
            Fill();
            if (_eof && _start == _end)
            {
                return;
            }
        }
    }

    private void Fill()
    {
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

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
