using System.Text;

namespace NetworkGraph.Core.Ingestion.Parsing;

/// <summary>Checks ids and recognises those that can serve as their own integer key.</summary>
internal static class Ids
{
    /// <summary>The longest id accepted, in UTF-8 bytes (hashed ids of research releases take 32 to 64).</summary>
    public const int MaxBytes = 256;

    /// <summary>Why an id cannot be one, or null when it can: an id is valid UTF-8 of at most <see cref="MaxBytes"/>
    /// bytes without control characters (NUL included), bidi controls, zero-width or other invisible format characters,
    /// noncharacters or replacement characters, any of which would make two different-looking ids equal or one id
    /// look like another.</summary>
    public static string? Problem(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            return $"longer than {MaxBytes} bytes ({utf8.Length})";
        }

        if (utf8.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0)
        {
            return null;
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return "not valid UTF-8";
        }

        foreach (var rune in Encoding.UTF8.GetString(utf8).EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format
                || rune.Value is 0xFFFD or 0xFFFE or 0xFFFF)
            {
                return $"holds the invisible or control character U+{rune.Value:X4}";
            }
        }

        return null;
    }

    /// <summary>The value of a canonical non-negative decimal integer (digits only, no leading zero unless it is
    /// "0", at most <see cref="long.MaxValue"/>), or -1. Such an id and its number convert both ways exactly.</summary>
    public static long CanonicalNumber(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8.Length > 19 || (utf8[0] == (byte)'0' && utf8.Length > 1))
        {
            return -1;
        }

        ulong value = 0;
        foreach (var b in utf8)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value > long.MaxValue ? -1 : (long)value;
    }
}
