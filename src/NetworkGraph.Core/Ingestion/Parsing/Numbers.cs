using System.Buffers.Text;
using System.Globalization;

namespace NetworkGraph.Core.Ingestion.Parsing;

/// <summary>Counts and flags as they appear in the input files.</summary>
internal static class Numbers
{
    /// <summary>Parses a count written as an integer or as a float ("12.0"); empty means no value.</summary>
    public static bool TryParseCount(ReadOnlySpan<byte> utf8, out long? value)
    {
        value = null;
        if (utf8.IsEmpty)
        {
            return true;
        }

        if (Utf8Parser.TryParse(utf8, out long whole, out var consumed) && consumed == utf8.Length)
        {
            value = whole;
            return true;
        }

        if (Utf8Parser.TryParse(utf8, out double real, out consumed) && consumed == utf8.Length
            && double.IsFinite(real) && Math.Abs(real) < 9e18)
        {
            value = (long)Math.Round(real);
            return true;
        }

        return false;
    }

    /// <summary>Parses True/False as written by pandas (also true/false, 1/0); empty means false.</summary>
    public static bool TryParseFlag(ReadOnlySpan<byte> utf8, out bool value)
    {
        value = false;
        if (utf8.IsEmpty || utf8.SequenceEqual("False"u8) || utf8.SequenceEqual("false"u8)
            || utf8.SequenceEqual("FALSE"u8) || utf8.SequenceEqual("0"u8))
        {
            return true;
        }

        if (utf8.SequenceEqual("True"u8) || utf8.SequenceEqual("true"u8) || utf8.SequenceEqual("TRUE"u8)
            || utf8.SequenceEqual("1"u8))
        {
            value = true;
            return true;
        }

        return false;
    }
}
