using System.Buffers;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Whole JSON documents, possibly pretty-printed: each element of a top-level array is a unit, and so is a
/// top-level value that is not an array (one response page, or several documents one after another). Only the
/// current element is held, so a multi-GB array streams in bounded memory.</summary>
/// <remarks>A checkpoint falls just after an element. Resuming there, the next non-blank byte tells the state:
/// ',' or ']' means inside the top-level array, anything else means between top-level values. Commas are not
/// checked (a missing one loses nothing); a stray byte becomes a one-byte unit the parser rejects.</remarks>
internal sealed class JsonDocumentElements(InputWindow window, long line, int maxBytes, bool resumed) : JsonUnits(window, line, maxBytes)
{
    private static readonly SearchValues<byte> ScalarEnd = SearchValues.Create(" \t\r\n,]}[{\""u8);
    private bool _resumed = resumed;
    private bool _inArray;

    public override string UnitName => "JSON value";

    public override bool TryRead(out ReadOnlyMemory<byte> unit)
    {
        TooLong = false;
        Unterminated = false;
        unit = default;
        while (SkipBlanks())
        {
            var first = Window.Available[0];
            if (_resumed)
            {
                _inArray = first is (byte)',' or (byte)']';
                _resumed = false;
            }

            if (_inArray && first is (byte)',' or (byte)']')
            {
                _inArray = first == ',';
                Window.Advance(1);
            }
            else if (!_inArray && first == '[')
            {
                _inArray = true;
                Window.Advance(1);
            }
            else
            {
                LineNumber = NextLine;
                return first is (byte)'{' or (byte)'[' or (byte)'"' ? ReadNested(out unit) : ReadScalar(out unit);
            }
        }

        return false;
    }

    /// <summary>Consumes blanks, counting line breaks; false at the end of the input.</summary>
    private bool SkipBlanks()
    {
        while (true)
        {
            var available = Window.Available;
            var end = available.IndexOfAnyExcept(" \t\r\n"u8);
            NextLine += available[..(end < 0 ? available.Length : end)].Count((byte)'\n');
            Window.Advance(end < 0 ? available.Length : end);
            if (end >= 0)
            {
                return true;
            }

            if (!Window.ReadMore())
            {
                return false;
            }
        }
    }

    private bool ReadNested(out ReadOnlyMemory<byte> unit)
    {
        var scanner = default(JsonScanner);
        var scanned = 0;
        long dropped = 0;
        while (true)
        {
            var available = Window.Available;
            var end = scanner.Scan(available, scanned);
            var length = end >= 0 ? end : available.Length;
            TooLong |= dropped + length > MaxBytes;
            if (end >= 0 || Window.Eof)
            {
                Unterminated = end < 0;
                return Take(length, out unit);
            }

            scanned = available.Length;
            if (TooLong)
            {
                // Too long to hold: drop what was read and follow the structure to the element's end.
                NextLine += available.Count((byte)'\n');
                Window.Advance(scanned);
                dropped += scanned;
                scanned = 0;
            }

            Window.ReadMore();
        }
    }

    private bool ReadScalar(out ReadOnlyMemory<byte> unit)
    {
        while (true)
        {
            var available = Window.Available;
            var end = available[1..].IndexOfAny(ScalarEnd);
            if (end >= 0 || Window.Eof || available.Length > MaxBytes)
            {
                return Take(end >= 0 ? end + 1 : available.Length, out unit);
            }

            Window.ReadMore();
        }
    }

    private bool Take(int length, out ReadOnlyMemory<byte> unit)
    {
        unit = TooLong ? default : Window.Slice(0, length);
        NextLine += Window.Available[..length].Count((byte)'\n');
        Window.Advance(length);
        return true;
    }
}
