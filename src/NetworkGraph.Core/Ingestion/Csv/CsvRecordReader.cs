namespace NetworkGraph.Core.Ingestion.Csv;

/// <summary>Reads RFC 4180 records from UTF-8 bytes without decoding them: quoted fields may hold delimiters,
/// doubled quotes and line breaks. Field spans stay valid until the next <see cref="Read"/>.</summary>
internal sealed partial class CsvRecordReader : IDisposable
{
    /// <summary>A record longer than this is cut at its first line break and reported as malformed, so that an
    /// unbalanced quote cannot swallow the rest of a file (and the memory).</summary>
    public const int MaxRecordBytes = 16 << 20;

    private readonly InputWindow _window;
    private int _consumed;
    private Field[] _fields = new Field[64];
    private byte[] _scratch = new byte[4096];
    private int _scratchLength;
    private int _recordLength;

    public CsvRecordReader(Stream stream, int bufferSize = 1 << 20)
    {
        _window = new InputWindow(stream, bufferSize);
        while (_window.Available.IndexOf((byte)'\n') < 0 && _window.Available.Length < MaxRecordBytes && _window.ReadMore())
        {
        }

        if (_window.Available.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _window.Advance(3);
        }

        Delimiter = GuessDelimiter();
        NextLine = 1;
    }

    /// <summary>The field separator: a comma, or a tab when the first line has tabs and no commas.</summary>
    public byte Delimiter { get; }

    /// <summary>Fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The current record's bytes, without its line break.</summary>
    public ReadOnlySpan<byte> Raw => _window.Available[.._recordLength];

    /// <summary>The line where the current record starts (1-based).</summary>
    public long RecordLine { get; private set; }

    /// <summary>The input position just after the current record.</summary>
    public long NextOffset => _window.Offset + _consumed;

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
                : _window.Available.Slice(field.Start, field.Length);
        }
    }

    /// <summary>Moves to the next non-blank record; false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            // The current record stays at the front of the window until the next one is read.
            _window.Advance(_consumed);
            _consumed = 0;
            if (_window.Available.IsEmpty && _window.Eof)
            {
                return false;
            }

            if (!TryParseRecord())
            {
                if (_window.Eof)
                {
                    return false;
                }

                _window.ReadMore();
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

        _window.Advance(_consumed);
        _consumed = 0;
        _window.SkipTo(offset);
        NextLine = line;
    }

    public void Dispose() => _window.Dispose();

    private byte GuessDelimiter()
    {
        var available = _window.Available;
        var newline = available.IndexOf((byte)'\n');
        var firstLine = newline >= 0 ? available[..newline] : available;
        return firstLine.IndexOf((byte)',') < 0 && firstLine.IndexOf((byte)'\t') >= 0 ? (byte)'\t' : (byte)',';
    }

    private readonly record struct Field(int Start, int Length, bool InScratch);
}
