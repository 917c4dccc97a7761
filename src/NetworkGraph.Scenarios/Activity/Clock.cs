using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Activity;

/// <summary>Draws times of day: everyday rhythm in the account's time zone, or office hours in Baku (UTC+4).</summary>
internal static class Clock
{
    private const int DayMs = 86_400_000;
    private const int HourMs = 3_600_000;

    // Posts per local hour of an ordinary account: quiet at night, a lunch bump, an evening peak.
    private static readonly AliasTable EverydayHours = new(
        [2.0, 1.1, 0.6, 0.4, 0.35, 0.6, 1.4, 2.8, 3.8, 4.2, 4.4, 4.8, 5.4, 5.0, 4.4, 4.4, 4.6, 5.0, 5.6, 6.2, 6.6, 6.6, 5.2, 3.6]);

    // Office hours in Baku: 09:00 to 18:00 local with a lunch dip.
    private static readonly AliasTable OfficeHours = new(
        [0, 0, 0, 0, 0, 0, 0, 0, 0.2, 3.0, 4.0, 4.2, 3.6, 1.6, 3.8, 4.2, 3.8, 2.6, 0.5, 0.1, 0, 0, 0, 0]);

    public const int BakuOffsetMinutes = 240;

    /// <summary>Milliseconds after UTC midnight for an everyday post by an account at the given UTC offset.</summary>
    public static long Everyday(int utcOffsetMinutes, Rng rng) =>
        Wrap(((long)EverydayHours.Sample(rng) * HourMs) + rng.Next(HourMs) - (utcOffsetMinutes * 60_000L));

    /// <summary>Milliseconds after UTC midnight for an office-hours post in Baku.</summary>
    public static long Office(Rng rng) =>
        Wrap(((long)OfficeHours.Sample(rng) * HourMs) + rng.Next(HourMs) - (BakuOffsetMinutes * 60_000L));

    /// <summary>A uniform time between two UTC hours of the day.</summary>
    public static long Between(double fromHour, double toHour, Rng rng) =>
        (long)(fromHour * HourMs) + (long)(rng.NextDouble() * (toHour - fromHour) * HourMs);

    private static long Wrap(long ms) => ((ms % DayMs) + DayMs) % DayMs;
}
