namespace NetworkGraph.Scenarios.Activity;

/// <summary>The days of the period and how busy the operation is on each (weekends and holidays are quiet).</summary>
internal sealed class ScenarioCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public ScenarioCalendar(ScenarioOptions options)
    {
        Start = options.Start;
        Days = options.End.DayNumber - options.Start.DayNumber + 1;
        _holidays = [.. options.OperationHolidays];
    }

    public DateOnly Start { get; }

    public int Days { get; }

    public DateOnly Date(int day) => Start.AddDays(day);

    public bool IsHoliday(DateOnly date) => _holidays.Contains(date);

    /// <summary>Relative activity of the office-hours operation on a date (1 on an ordinary weekday).</summary>
    public double OperationFactor(DateOnly date)
    {
        if (IsHoliday(date))
        {
            return 0.02;
        }

        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => 0.35,
            DayOfWeek.Sunday => 0.15,
            _ => 1.0,
        };
    }
}
