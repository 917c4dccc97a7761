using System.Globalization;

namespace NetworkGraph.Core.Clustering;

/// <summary>Small formatting helpers for analyst-facing sentences (invariant culture, English).</summary>
internal static class Wording
{
    private static readonly string[] Numbers = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

    public static string Pct(double share) => ((int)Math.Round(share * 100, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + "%";

    public static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"four" for small counts, digits from 11 on.</summary>
    public static string Count(int n) => n >= 0 && n < Numbers.Length ? Numbers[n] : Int(n);

    /// <summary>"four campaigns", "one campaign".</summary>
    public static string Counted(int n, string singular, string plural) => Count(n) + " " + (n == 1 ? singular : plural);

    public static string Month(DateOnly d) => Months[d.Month - 1] + " " + d.Year.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateOnly d) => d.Day.ToString(CultureInfo.InvariantCulture) + " " + Month(d);

    public static string Seconds(double s) =>
        s < 120 ? Num(s) + " s" : s < 7200 ? Num(Math.Round(s / 60, 1)) + " min" : Num(Math.Round(s / 3600, 1)) + " h";

    /// <summary>The time scale a median gap between co-shares shows: "within seconds", "within minutes" or "at the hour scale".</summary>
    public static string TimeScale(double medianGapSeconds) =>
        medianGapSeconds <= 60 ? "within seconds (fast coordination)"
        : medianGapSeconds <= 900 ? "within minutes"
        : "at the hour scale (slow coordination)";

    public static string List(IEnumerable<string> items)
    {
        var all = items.ToArray();
        return all.Length switch
        {
            0 => "",
            1 => all[0],
            _ => string.Join(", ", all[..^1]) + " and " + all[^1],
        };
    }
}
