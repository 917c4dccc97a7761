using System.Globalization;

namespace NetworkGraph.Core.Reporting;

/// <summary>Culture-invariant number, date and length formatting shared by the report writers.</summary>
internal static class ReportFormat
{
    public static string Int(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"2 of 57 pairs": the evidence pairs shown of all the edge's pairs (the store keeps only a few per edge).</summary>
    public static string PairsShown(int shown, long? total) =>
        total is { } n && n >= shown ? $"{Int(shown)} of {Int(n)} pairs" : $"{Int(shown)} {(shown == 1 ? "pair" : "pairs")}";

    public static string Number(double value, int decimals = 2) =>
        double.IsFinite(value) ? value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture) : "n/a";

    public static string Fixed(double value, int decimals = 2) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "n/a";

    public static string Percent(double share) =>
        double.IsFinite(share) ? (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A duration in seconds as "42 s", "3.5 min" or "2.1 h".</summary>
    public static string Seconds(double? seconds) => seconds switch
    {
        null => "n/a",
        < 120 => Number(seconds.Value, 1) + " s",
        < 7200 => Number(seconds.Value / 60, 1) + " min",
        _ => Number(seconds.Value / 3600, 1) + " h",
    };

    /// <summary>The text cut to at most <paramref name="max"/> characters (never inside a surrogate pair), with an ellipsis when cut.</summary>
    public static string Cut(string? text, int max)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= max || max <= 1)
        {
            return text ?? string.Empty;
        }

        var end = max - 1;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end] + "\u2026";
    }
}
