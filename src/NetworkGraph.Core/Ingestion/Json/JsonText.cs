using System.Globalization;
using System.Text;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Byte-level helpers on raw JSON text.</summary>
internal static class JsonText
{
    /// <summary>The value with the blanks outside strings removed (escapes kept as written), as a string.</summary>
    public static string Compact(ReadOnlySpan<byte> raw)
    {
        var output = new byte[raw.Length];
        var length = 0;
        var inString = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (inString)
            {
                output[length++] = b;
                if (b == '\\' && i + 1 < raw.Length)
                {
                    output[length++] = raw[++i];
                }
                else if (b == '"')
                {
                    inString = false;
                }
            }
            else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                output[length++] = b;
                inString = b == '"';
            }
        }

        return Encoding.UTF8.GetString(output, 0, length);
    }

    /// <summary>The UTF-8 of a JSON string's content with its escapes decoded; a lone surrogate (a cut emoji, say)
    /// becomes U+FFFD.</summary>
    public static ReadOnlySpan<byte> Unescape(ReadOnlySpan<byte> content)
    {
        var output = new byte[content.Length];
        var length = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var b = content[i];
            if (b != '\\' || i + 1 >= content.Length)
            {
                output[length++] = b;
                continue;
            }

            var escape = content[++i];
            if (escape != 'u')
            {
                output[length++] = escape switch
                {
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    _ => escape, // \" \\ \/
                };
                continue;
            }

            var unit = Hex(content, i + 1);
            i += 4;
            var rune = new Rune(0xFFFD);
            if (unit >= 0 && char.IsHighSurrogate((char)unit) && i + 6 < content.Length && content[i + 1] == '\\'
                && content[i + 2] == 'u' && Hex(content, i + 3) is var low and >= 0 && char.IsLowSurrogate((char)low))
            {
                rune = new Rune((char)unit, (char)low);
                i += 6;
            }
            else if (unit >= 0 && !char.IsSurrogate((char)unit))
            {
                rune = new Rune(unit);
            }

            // A \uXXXX escape takes 6 bytes and encodes to at most 3 (a pair: 12 bytes to 4), so output never overflows.
            length += rune.EncodeToUtf8(output.AsSpan(length));
        }

        return output.AsSpan(0, length);
    }

    private static int Hex(ReadOnlySpan<byte> content, int start) =>
        start + 4 <= content.Length
        && int.TryParse(content.Slice(start, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : -1;
}
