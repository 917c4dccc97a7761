namespace NetworkGraph.Core.Ingestion.Parsing;

/// <summary>Recognises ids that can serve as their own integer key.</summary>
internal static class Ids
{
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
