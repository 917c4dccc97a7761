namespace NetworkGraph.Core.Ingestion.Parsing;

/// <summary>The times a post or account may carry, in UNIX seconds: from Twitter's launch (2006-03-21) to one day
/// after the run's clock (allowing for clock skew and time zones). A time outside it is an error in the data (year 1,
/// 9999) that would otherwise break every time-based analysis, so the row is rejected.</summary>
/// <param name="Min">The earliest accepted time.</param>
/// <param name="Max">The latest accepted time.</param>
internal readonly record struct TimeRange(long Min, long Max)
{
    /// <summary>2006-03-21T00:00:00Z, the day Twitter launched.</summary>
    public const long TwitterLaunch = 1_142_899_200;

    /// <summary>The range for a run whose clock is <paramref name="time"/>.</summary>
    public static TimeRange Until(TimeProvider time) => new(TwitterLaunch, time.GetUtcNow().AddDays(1).ToUnixTimeSeconds());

    /// <summary>1990-01-01T00:00:00Z: no share table of any platform (Facebook, Telegram, forums...) holds an older post.</summary>
    public const long WebStart = 631_152_000;

    /// <summary>The wider range for share tables, which may come from platforms older than Twitter.</summary>
    public TimeRange ForShares => this with { Min = WebStart };

    public bool Contains(long unixSeconds) => unixSeconds >= Min && unixSeconds <= Max;

    /// <summary>The reject reason for a value outside the range.</summary>
    public string Outside(string value) =>
        $"'{value}' is outside the accepted range {Format(Min)} .. {Format(Max)} ({(Min == TwitterLaunch ? "Twitter's launch" : "1990")} to a day after now)";

    private static string Format(long seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
