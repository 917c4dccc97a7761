using System.Buffers;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Finds where an object, array or string ends without parsing it: follows strings, escapes and bracket
/// depth, across as many chunks as the value spans. Validation is left to the parser.</summary>
internal struct JsonScanner
{
    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]"u8);
    private int _depth;
    private bool _inString;
    private bool _escaped;

    /// <summary>Scans <paramref name="chunk"/> from <paramref name="from"/> (the first call starts at the value's
    /// first byte); returns the index just past the value, or -1 when the chunk ends first.</summary>
    public int Scan(ReadOnlySpan<byte> chunk, int from)
    {
        var i = from;
        while (i < chunk.Length)
        {
            if (_inString)
            {
                if (_escaped)
                {
                    _escaped = false;
                    i++;
                    continue;
                }

                var quote = chunk[i..].IndexOfAny((byte)'"', (byte)'\\');
                if (quote < 0)
                {
                    return -1;
                }

                i += quote + 1;
                if (chunk[i - 1] == '\\')
                {
                    _escaped = true;
                }
                else
                {
                    _inString = false;
                    if (_depth == 0)
                    {
                        return i;
                    }
                }

                continue;
            }

            var next = chunk[i..].IndexOfAny(Structural);
            if (next < 0)
            {
                return -1;
            }

            i += next + 1;
            switch (chunk[i - 1])
            {
                case (byte)'"':
                    _inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    _depth++;
                    break;
                default:
                    if (--_depth <= 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }
}
