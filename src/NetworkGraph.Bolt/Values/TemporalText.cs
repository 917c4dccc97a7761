using System.Globalization;

namespace NetworkGraph.Bolt.Values;

/// ISO-8601 renderings for the temporal values, valid beyond DateTime's year range.
internal static class TemporalText
{
    private const long NanosPerSecond = 1_000_000_000;

    public static string Date(long epochDays)
    {
        var (y, m, d) = CivilFromDays(epochDays);
        return string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}");
    }

    public static string Time(long nanosOfDay)
    {
        var seconds = Math.DivRem(nanosOfDay, NanosPerSecond, out var nanos);
        return string.Create(CultureInfo.InvariantCulture,
            $"{seconds / 3600:D2}:{seconds / 60 % 60:D2}:{seconds % 60:D2}.{nanos:D9}");
    }

    public static string DateTime(long epochSeconds, int nanos)
    {
        var days = Math.DivRem(epochSeconds, 86_400, out var secondOfDay);
        if (secondOfDay < 0)
        {
            days--;
            secondOfDay += 86_400;
        }

        return Date(days) + "T" + Time(secondOfDay * NanosPerSecond + nanos);
    }

    public static string Offset(int offsetSeconds)
    {
        var sign = offsetSeconds < 0 ? '-' : '+';
        var abs = Math.Abs(offsetSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 3600:D2}:{abs / 60 % 60:D2}");
    }

    public static TimeZoneInfo Zone(string zoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new BoltException($"Time zone '{zoneId}' is not in this system's time-zone database.", ex);
        }
    }

    // Howard Hinnant's days-from-civil inverse: proleptic Gregorian, any year.
    private static (long Year, long Month, long Day) CivilFromDays(long z)
    {
        z += 719_468;
        var era = (z >= 0 ? z : z - 146_096) / 146_097;
        var doe = z - era * 146_097;
        var yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        var doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        var mp = (5 * doy + 2) / 153;
        var d = doy - (153 * mp + 2) / 5 + 1;
        var m = mp < 10 ? mp + 3 : mp - 9;
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
    }
}
