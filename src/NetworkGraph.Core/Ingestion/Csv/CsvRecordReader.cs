namespace NetworkGraph.Core.Ingestion.Csv;

/// <summary>Reads RFC 4180 records from UTF-8 bytes without decoding them: quoted fields may hold delimiters,
/// doubled quotes and line breaks. Field spans stay valid until the next <see cref="Read"/>.</summary>
internal sealed partial class CsvRecordReader : IDisposable
{
    /// <summary>A record longer than this is cut at its first line break and reported as malformed, so that an
    /// unbalanced quote cannot swallow the rest of a file (and the memory).</summary>
    public const int MaxRecordBytes = 16 << 20;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private long _bufferOffset;
    private Field[] _fields = new Field[64];
    private byte[] _scratch = new byte[4096];
    private int _scratchLength;
    private int _recordStart;
    private int _recordLength;

    public CsvRecordReader(Stream stream, int bufferSize = 1 << 20)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
        Fill();
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = 3;
        }

        Delimiter = GuessDelimiter();
        NextLine = 1;
    }

    /// <summary>The field separator: a comma, or a tab when the first line has tabs and no commas.</summary>
    public byte Delimiter { get; }

    /// <summary>Fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The current record's bytes, without its line break.</summary>
    public ReadOnlySpan<byte> Raw => _buffer.AsSpan(_recordStart, _recordLength);

    /// <summary>The line where the current record starts (1-based).</summary>
    public long RecordLine { get; private set; }

    /// <summary>The input position just after the current record.</summary>
    public long NextOffset => _bufferOffset + _start;

    /// <summary>The line where the next record starts.</summary>
    public long NextLine { get; private set; }

    /// <summary>Why the current record is malformed, or null when it is well formed.</summary>
    public string? Problem { get; private set; }

    /// <summary>A field of the current record, unquoted and unescaped.</summary>
    public ReadOnlySpan<byte> this[int index]
    {
        get
        {
            var field = _fields[index];
            return field.InScratch
                ? _scratch.AsSpan(field.Start, field.Length)
                : _buffer.AsSpan(field.Start, field.Length);
        }
    }

    /// <summary>Moves to the next non-blank record; false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            if (_start == _end && _eof)
            {
                return false;
            }

            if (!TryParseRecord())
            {
                if (_eof)
                {
                    return false;
                }

                Fill();
                continue;
            }

            if (FieldCount == 1 && _recordLength == 0 && Problem is null)
            {
                continue; // a blank line
            }

            return true;
        }
    }

    /// <summary>Continues reading from an input position recorded earlier (a checkpoint) at a record boundary.</summary>
    public void Reposition(long offset, long line)
    {
        if (offset < NextOffset)
        {
            throw new InvalidOperationException($"Cannot move back from {NextOffset} to {offset}.");
        }

        if (offset <= _bufferOffset + _end)
        {
            _start = (int)(offset - _bufferOffset);
        }
        else if (_stream.CanSeek)
        {
            _stream.Seek(offset, SeekOrigin.Begin);
            _bufferOffset = offset;
            _start = _end = 0;
            _eof = false;
            Fill();
        }
        else
        {
            var skip = offset - (_bufferOffset + _end);
            _bufferOffset += _end;
            _start = _end = 0;
            while (skip > 0)
            {
                var read = _stream.Read(_buffer, 0, (int)Math.Min(_buffer.Length, skip));
                if (read == 0)
                {
                    throw new InvalidDataException($"The input ends before the checkpoint at byte {offset}.");
                }

                skip -= read;
                _bufferOffset += read;
            }

            Fill();
        }

        NextLine = line;
    }

    public void Dispose() => _stream.Dispose();

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

        while (_end < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
                return;
            }

            _end += read;
        }
    }

    private byte GuessDelimiter()
    {
        var available = _buffer.AsSpan(_start, _end - _start);
        var newline = available.IndexOf((byte)'\n');
        var firstLine = newline >= 0 ? available[..newline] : available;
        return firstLine.IndexOf((byte)',') < 0 && firstLine.IndexOf((byte)'\t') >= 0 ? (byte)'\t' : (byte)',';
    }

    private readonly record struct Field(int Start, int Length, bool InScratch);
}
