using System.Globalization;

namespace NetworkGraph.Core.Export;

/// <summary>
/// Normalises spells for a file's time format: to UTC, widened to the format's resolution (start floored,
/// end ceiled, so the activity stays covered), sorted, and merged wherever two inclusive spells share an instant.
/// </summary>
internal static class SpellSet
{
    public static IReadOnlyList<ExportSpell> Normalize(IReadOnlyList<ExportSpell> spells, GexfTimeFormat format, string owner)
    {
        if (spells.Count == 0)
        {
            return [];
        }

        var widened = new List<(DateTime Start, DateTime End)>(spells.Count);
        foreach (var spell in spells)
        {
            if (spell.End < spell.Start)
            {
                throw Reversed(owner, spell);
            }

            widened.Add((Floor(spell.Start.UtcDateTime, format), Ceiling(spell.End.UtcDateTime, format)));
        }

        widened.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<ExportSpell>(widened.Count);
        var (start, end) = widened[0];
        for (var i = 1; i < widened.Count; i++)
        {
            var next = widened[i];
            if (next.Start <= end)
            {
                end = next.End > end ? next.End : end;
            }
            else
            {
                merged.Add(Spell(start, end));
                (start, end) = next;
            }
        }

        merged.Add(Spell(start, end));
        return merged;
    }

    /// <summary>The error of a spell that ends before it starts.</summary>
    public static ArgumentException Reversed(string owner, ExportSpell spell) =>
        new($"{owner}: spell ends ({ExportValueFormatter.Date(spell.End)}) before it starts ({ExportValueFormatter.Date(spell.Start)}).");

    public static string Format(DateTimeOffset t, GexfTimeFormat format) => format == GexfTimeFormat.Date
        ? t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static ExportSpell Spell(DateTime start, DateTime end) =>
        new(new DateTimeOffset(start, TimeSpan.Zero), new DateTimeOffset(end, TimeSpan.Zero));

    private static long Tick(GexfTimeFormat format) => format == GexfTimeFormat.Date ? TimeSpan.TicksPerDay : TimeSpan.TicksPerSecond;

    private static DateTime Floor(DateTime t, GexfTimeFormat format) =>
        new(t.Ticks - (t.Ticks % Tick(format)), DateTimeKind.Utc);

    private static DateTime Ceiling(DateTime t, GexfTimeFormat format)
    {
        var floor = Floor(t, format);
        return floor == t || floor.Ticks + Tick(format) > DateTime.MaxValue.Ticks ? floor : floor.AddTicks(Tick(format));
    }
}
