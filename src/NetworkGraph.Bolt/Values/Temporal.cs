using System.Globalization;

namespace NetworkGraph.Bolt.Values;

/// <summary>A Cypher DATE: days since 1970-01-01.</summary>
public readonly record struct BoltDate(long EpochDays)
{
    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Converts a <see cref="DateOnly"/>.</summary>
    public static BoltDate FromDateOnly(DateOnly date) => new(date.DayNumber - (long)UnixEpochDayNumber);

    /// <summary>Converts to a <see cref="DateOnly"/>; throws when the date is outside years 1-9999.</summary>
    public DateOnly ToDateOnly() => DateOnly.FromDayNumber(checked((int)(EpochDays + UnixEpochDayNumber)));

    /// <inheritdoc />
    public override string ToString() => TemporalText.Date(EpochDays);
}

/// <summary>A Cypher LOCAL TIME: nanoseconds since midnight.</summary>
public readonly record struct BoltLocalTime(long NanosOfDay)
{
    /// <summary>Converts a <see cref="TimeOnly"/>.</summary>
    public static BoltLocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * 100);

    /// <summary>Converts to a <see cref="TimeOnly"/> (100 ns precision).</summary>
    public TimeOnly ToTimeOnly() => new(NanosOfDay / 100);

    /// <inheritdoc />
    public override string ToString() => TemporalText.Time(NanosOfDay);
}

/// <summary>A Cypher ZONED TIME with a fixed offset: nanoseconds since midnight and the offset in seconds.</summary>
public readonly record struct BoltTime(long NanosOfDay, int OffsetSeconds)
{
    /// <inheritdoc />
    public override string ToString() => TemporalText.Time(NanosOfDay) + TemporalText.Offset(OffsetSeconds);
}

/// <summary>A Cypher LOCAL DATETIME: seconds and nanoseconds since 1970-01-01T00:00 with no zone.</summary>
public readonly record struct BoltLocalDateTime(long EpochSeconds, int Nanos)
{
    /// <summary>Converts a <see cref="DateTime"/>, ignoring its <see cref="DateTime.Kind"/>.</summary>
    public static BoltLocalDateTime FromDateTime(DateTime value)
    {
        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        return new(Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rem) - (rem < 0 ? 1 : 0),
            (int)((rem + (rem < 0 ? TimeSpan.TicksPerSecond : 0)) * 100));
    }

    /// <summary>Converts to an unspecified-kind <see cref="DateTime"/> (100 ns precision).</summary>
    public DateTime ToDateTime() =>
        new(DateTime.UnixEpoch.Ticks + EpochSeconds * TimeSpan.TicksPerSecond + Nanos / 100, DateTimeKind.Unspecified);

    /// <inheritdoc />
    public override string ToString() => TemporalText.DateTime(EpochSeconds, Nanos);
}

/// <summary>A Cypher ZONED DATETIME with a fixed offset: UTC seconds and nanoseconds since the epoch, and the offset.</summary>
public readonly record struct BoltDateTime(long EpochSeconds, int Nanos, int OffsetSeconds)
{
    /// <summary>Converts a <see cref="DateTimeOffset"/>.</summary>
    public static BoltDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        var local = BoltLocalDateTime.FromDateTime(value.UtcDateTime);
        return new(local.EpochSeconds, local.Nanos, (int)value.Offset.TotalSeconds);
    }

    /// <summary>Converts to a <see cref="DateTimeOffset"/> (100 ns precision; the offset must be whole minutes).</summary>
    public DateTimeOffset ToDateTimeOffset() =>
        new DateTimeOffset(new BoltLocalDateTime(EpochSeconds, Nanos).ToDateTime(), TimeSpan.Zero)
            .ToOffset(TimeSpan.FromSeconds(OffsetSeconds));

    /// <inheritdoc />
    public override string ToString() =>
        TemporalText.DateTime(EpochSeconds + OffsetSeconds, Nanos) + TemporalText.Offset(OffsetSeconds);
}

/// <summary>A Cypher ZONED DATETIME in a named zone: UTC seconds and nanoseconds since the epoch, and an IANA zone id.</summary>
public readonly record struct BoltZonedDateTime(long EpochSeconds, int Nanos, string ZoneId)
{
    /// <summary>The zone's offset from UTC at this instant, looked up in the system's time-zone database.</summary>
    public int OffsetSeconds() => (int)TemporalText.Zone(ZoneId)
        .GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(EpochSeconds)).TotalSeconds;

    /// <summary>Converts to a <see cref="DateTimeOffset"/> carrying the zone's offset at this instant.</summary>
    public DateTimeOffset ToDateTimeOffset() =>
        new BoltDateTime(EpochSeconds, Nanos, OffsetSeconds()).ToDateTimeOffset();

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TemporalText.DateTime(EpochSeconds, Nanos)}Z[{ZoneId}]");
}

/// <summary>A Cypher DURATION: months, days, seconds and nanoseconds, kept apart as Cypher does.</summary>
public readonly record struct BoltDuration(long Months, long Days, long Seconds, int Nanos)
{
    /// <summary>Converts a <see cref="TimeSpan"/> into seconds and nanoseconds.</summary>
    public static BoltDuration FromTimeSpan(TimeSpan value)
    {
        var seconds = Math.DivRem(value.Ticks, TimeSpan.TicksPerSecond, out var rem);
        if (rem < 0)
        {
            seconds--;
            rem += TimeSpan.TicksPerSecond;
        }

        return new(0, 0, seconds, (int)(rem * 100));
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P{Months}M{Days}DT{Seconds}.{Nanos:D9}S");
}

/// <summary>A Cypher POINT: a spatial reference id and two or three coordinates.</summary>
public readonly record struct BoltPoint(int Srid, double X, double Y, double? Z = null)
{
    /// <inheritdoc />
    public override string ToString() => Z is { } z
        ? string.Create(CultureInfo.InvariantCulture, $"point({{srid: {Srid}, x: {X}, y: {Y}, z: {z}}})")
        : string.Create(CultureInfo.InvariantCulture, $"point({{srid: {Srid}, x: {X}, y: {Y}}})");
}
