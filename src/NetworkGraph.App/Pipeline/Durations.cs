using System.Globalization;

namespace NetworkGraph.App.Pipeline;

/// <summary>Parses and formats durations such as "10s", "60s", "5m", "1h", "2d".</summary>
internal static class Durations
{
    public static TimeSpan Parse(string text)
    {
        var t = text.Trim();
        if (t.Length < 2)
        {
            throw new FormatException($"'{text}' is not a duration (use e.g. 10s, 5m, 1h)");
        }

        var unit = t[^1];
        if (!double.TryParse(t[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new FormatException($"'{text}' is not a duration (use e.g. 10s, 5m, 1h)");
        }

        return unit switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            'd' => TimeSpan.FromDays(value),
            _ => throw new FormatException($"'{text}' has an unknown unit '{unit}' (use s, m, h or d)"),
        };
    }

    public static IReadOnlyList<TimeSpan> ParseList(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToArray();

    public static string Format(TimeSpan span) =>
        span.TotalSeconds < 60 || span.TotalSeconds % 60 != 0 ? span.TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s"
        : span.TotalMinutes < 60 || span.TotalMinutes % 60 != 0 ? span.TotalMinutes.ToString(CultureInfo.InvariantCulture) + "m"
        : span.TotalHours.ToString(CultureInfo.InvariantCulture) + "h";
}
