namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Cuts JSON input into units, each parsed on its own: the lines of JSON Lines, or the elements of a whole
/// JSON document's top-level array. Tracks the byte offset and line number after each unit (the checkpoint) and
/// can start at one.</summary>
internal abstract class JsonUnits(InputWindow window, long line, int maxBytes) : IDisposable
{
    /// <summary>The default for <see cref="MaxBytes"/>.</summary>
    public const int MaxUnitBytes = 256 << 20;

    private const int SniffBytes = 1 << 16;

    /// <summary>A unit longer than this is skipped and reported <see cref="TooLong"/>.</summary>
    public int MaxBytes { get; } = maxBytes;

    /// <summary>The line where the unit last returned starts.</summary>
    public long LineNumber { get; protected set; }

    /// <summary>The line of the next byte to read.</summary>
    public long NextLine { get; protected set; } = Math.Max(line, 1);

    /// <summary>The byte offset just after the unit last returned.</summary>
    public long NextOffset => Window.Offset;

    /// <summary>Whether the unit last returned was longer than <see cref="MaxBytes"/> (it comes back empty).</summary>
    public bool TooLong { get; protected set; }

    /// <summary>Whether the unit last returned was cut by the end of the input.</summary>
    public bool Unterminated { get; protected set; }

    /// <summary>The memory held for input: the largest unit read, at least 1 MiB, whatever the input's size.</summary>
    public int BufferBytes => Window.Capacity;

    /// <summary>What a unit is, for messages ("line").</summary>
    public abstract string UnitName { get; }

    protected InputWindow Window { get; } = window;

    /// <summary>Opens JSON input at a checkpoint (offset 0, line 1 for the start), reading it as whole documents when
    /// it starts with '[' or its first value spans several lines, and as JSON Lines otherwise.</summary>
    public static JsonUnits Open(Stream stream, long offset, long line, int maxBytes = MaxUnitBytes)
    {
        var window = new InputWindow(stream);
        try
        {
            while (window.Available.Length < SniffBytes && window.ReadMore())
            {
            }

            var document = IsDocument(window.Available[..Math.Min(window.Available.Length, SniffBytes)]);
            if (offset <= 0 && window.Available.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                window.Advance(3);
            }

            window.SkipTo(offset);
            return document ? new JsonDocumentElements(window, line, maxBytes, resumed: offset > 0) : new JsonLines(window, line, maxBytes);
        }
        catch
        {
            window.Dispose();
            throw;
        }
    }

    /// <summary>Returns the next unit; false at the end of the input. The memory is valid until the next call.</summary>
    public abstract bool TryRead(out ReadOnlyMemory<byte> unit);

    public void Dispose() => Window.Dispose();

    /// <summary>A line of JSON Lines never breaks inside a value; a pretty-printed document does, and an array is a
    /// document whatever its layout.</summary>
    internal static bool IsDocument(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || head[start] != '{')
        {
            return start >= 0 && head[start] == '[';
        }

        // JSON Lines: the first value closes before the first line break (or the head ends first).
        var newline = head[start..].IndexOf((byte)'\n');
        var scanner = default(JsonScanner);
        return newline >= 0 && scanner.Scan(head.Slice(start, newline), 0) < 0;
    }
}
