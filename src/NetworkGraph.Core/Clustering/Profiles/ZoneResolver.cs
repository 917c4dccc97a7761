using System.Globalization;
using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Clustering.Profiles;

/// <summary>Turns a profile's time zone text into a <see cref="TimeZoneInfo"/>.</summary>
internal static partial class ZoneResolver
{
    private const long CalendarMargin = TimeSpan.TicksPerDay;

    public static TimeZoneInfo Resolve(string text) =>
        TryResolve(text, out var zone) ? zone : throw new ArgumentException($"Unknown time zone '{text}'.", nameof(text));

    public static bool TryResolve(string? text, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = OffsetPattern().Match(text.Trim());
        if (m.Success)
        {
            var hours = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minutes = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            var offset = new TimeSpan(hours, minutes, 0);
            if (m.Groups["s"].Value == "-")
            {
                offset = -offset;
            }

            var id = "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            zone = TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);
            return true;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(text.Trim());
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The wall-clock time in <paramref name="zone"/>; a time within a day of the calendar's ends (a broken
    /// date such as year 1 or 9999) is kept as UTC, since shifting it would fall off the calendar.</summary>
    public static DateTime ToLocal(DateTimeOffset time, TimeZoneInfo zone)
    {
        var utc = time.UtcDateTime;
        return utc.Ticks < CalendarMargin || DateTime.MaxValue.Ticks - utc.Ticks < CalendarMargin
            ? utc
            : TimeZoneInfo.ConvertTime(time, zone).DateTime;
    }

    [GeneratedRegex(@"^(?:UTC|GMT)?(?<s>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
