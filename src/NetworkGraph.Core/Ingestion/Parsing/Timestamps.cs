using System.Buffers.Text;
using System.Text;

namespace NetworkGraph.Core.Ingestion.Parsing;

/// <summary>Reads the time formats the inputs use, into UNIX seconds UTC.</summary>
internal static class Timestamps
{
    private const long MaxUnixSeconds = 253_402_300_799; // 9999-12-31T23:59:59Z

    /// <summary>Reads <c>YYYY-MM-DD</c>, optionally followed by <c>[ T]HH:MM[:SS[.fff]]</c> and <c>Z</c> or an
    /// offset (<c>+HH:MM</c>, <c>+HHMM</c>); a time without an offset is UTC.</summary>
    public static bool TryParseIso(ReadOnlySpan<byte> s, out long unixSeconds)
    {
        unixSeconds = 0;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0, offsetMinutes = 0;
        var rest = s[10..];
        if (!rest.IsEmpty)
        {
            if ((rest[0] != ' ' && rest[0] != 'T') || rest.Length < 6 || rest[3] != ':'
                || !TryDigits(rest.Slice(1, 2), out hour) || !TryDigits(rest.Slice(4, 2), out minute))
            {
                return false;
            }

            rest = rest[6..];
            if (rest.Length >= 3 && rest[0] == ':')
            {
                if (!TryDigits(rest.Slice(1, 2), out second))
                {
                    return false;
                }

                rest = rest[3..];
                if (!rest.IsEmpty && rest[0] == '.')
                {
                    var digits = 1;
                    while (digits < rest.Length && char.IsAsciiDigit((char)rest[digits]))
                    {
                        digits++;
                    }

                    rest = rest[digits..];
                }
            }

            if (!TryOffset(rest, out offsetMinutes))
            {
                return false;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var utc = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Utc);
        unixSeconds = ((utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond) - (offsetMinutes * 60L);
        return true;
    }

    /// <summary>Reads the v1.1 form <c>Wed Oct 10 20:19:24 +0000 2018</c>.</summary>
    public static bool TryParseTwitterV1(ReadOnlySpan<byte> s, out long unixSeconds)
    {
        unixSeconds = 0;
        //  0123456789012345678901234567890
        // "Wed Oct 10 20:19:24 +0000 2018"
        if (s.Length != 30 || s[3] != ' ' || s[7] != ' ' || s[10] != ' ' || s[19] != ' ' || s[25] != ' ')
        {
            return false;
        }

        var month = MonthIndex(s.Slice(4, 3));
        if (month == 0 || !TryDigits(s.Slice(26, 4), out var year) || !TryDigits(s.Slice(8, 2), out var day)
            || s[13] != ':' || s[16] != ':' || !TryDigits(s.Slice(11, 2), out var hour)
            || !TryDigits(s.Slice(14, 2), out var minute) || !TryDigits(s.Slice(17, 2), out var second)
            || !TryOffset(s.Slice(20, 5), out var offsetMinutes)
            || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var utc = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Utc);
        unixSeconds = ((utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond) - (offsetMinutes * 60L);
        return true;
    }

    /// <summary>Reads UNIX seconds (integer or decimal) or, failing that, an ISO-like date-time.</summary>
    public static bool TryParseUnixOrIso(ReadOnlySpan<byte> s, out long unixSeconds)
    {
        if (Utf8Parser.TryParse(s, out long whole, out var consumed) && consumed == s.Length)
        {
            unixSeconds = whole;
            return whole is >= 0 and <= MaxUnixSeconds;
        }

        if (Utf8Parser.TryParse(s, out double real, out consumed) && consumed == s.Length && double.IsFinite(real))
        {
            unixSeconds = (long)Math.Floor(real);
            return real is >= 0 and <= MaxUnixSeconds;
        }

        return TryParseIso(s, out unixSeconds);
    }

    /// <summary>Reads an ISO time held in a string (JSON values).</summary>
    public static bool TryParseIso(string? s, out long unixSeconds)
    {
        unixSeconds = 0;
        if (s is null || s.Length > 64)
        {
            return false;
        }

        Span<byte> utf8 = stackalloc byte[64];
        var length = Encoding.UTF8.GetBytes(s, utf8);
        return TryParseIso(utf8[..length], out unixSeconds);
    }

    /// <summary>Reads a v1.1 time held in a string (JSON values).</summary>
    public static bool TryParseTwitterV1(string? s, out long unixSeconds)
    {
        unixSeconds = 0;
        if (s is null || s.Length > 64)
        {
            return false;
        }

        Span<byte> utf8 = stackalloc byte[64 * 3];
        var length = Encoding.UTF8.GetBytes(s, utf8);
        return TryParseTwitterV1(utf8[..length], out unixSeconds);
    }

    private static bool TryOffset(ReadOnlySpan<byte> s, out int minutes)
    {
        minutes = 0;
        if (s.IsEmpty || (s.Length == 1 && s[0] == 'Z'))
        {
            return true;
        }

        if (s[0] != '+' && s[0] != '-')
        {
            return false;
        }

        int hours, mins;
        if (s.Length == 6 && s[3] == ':')
        {
            if (!TryDigits(s.Slice(1, 2), out hours) || !TryDigits(s.Slice(4, 2), out mins))
            {
                return false;
            }
        }
        else if (s.Length == 5)
        {
            if (!TryDigits(s.Slice(1, 2), out hours) || !TryDigits(s.Slice(3, 2), out mins))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        minutes = (s[0] == '-' ? -1 : 1) * ((hours * 60) + mins);
        return hours < 24 && mins < 60;
    }

    private static int MonthIndex(ReadOnlySpan<byte> name) => name switch
    {
        [(byte)'J', (byte)'a', (byte)'n'] => 1,
        [(byte)'F', (byte)'e', (byte)'b'] => 2,
        [(byte)'M', (byte)'a', (byte)'r'] => 3,
        [(byte)'A', (byte)'p', (byte)'r'] => 4,
        [(byte)'M', (byte)'a', (byte)'y'] => 5,
        [(byte)'J', (byte)'u', (byte)'n'] => 6,
        [(byte)'J', (byte)'u', (byte)'l'] => 7,
        [(byte)'A', (byte)'u', (byte)'g'] => 8,
        [(byte)'S', (byte)'e', (byte)'p'] => 9,
        [(byte)'O', (byte)'c', (byte)'t'] => 10,
        [(byte)'N', (byte)'o', (byte)'v'] => 11,
        [(byte)'D', (byte)'e', (byte)'c'] => 12,
        _ => 0,
    };

    private static bool TryDigits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (var b in s)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
