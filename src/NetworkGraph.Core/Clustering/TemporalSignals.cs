using NetworkGraph.Core.Clustering.Profiles;

namespace NetworkGraph.Core.Clustering;

/// <summary>Creation-date bursts, hour and weekday rhythm, and holiday silence.</summary>
internal static class TemporalSignals
{
    public static (IReadOnlyList<DateBurst> Bursts, double Share) CreationBursts(ClusterContext ctx, CreationBurstOptions o)
    {
        var created = ctx.Accounts
            .Where(a => a.CreatedAt.HasValue)
            .Select(a => DateOnly.FromDateTime(ZoneResolver.ToLocal(a.CreatedAt!.Value, ctx.Zone)))
            .ToArray();
        var (first, counts) = BurstDetector.Daily(created);
        if (counts.Length == 0)
        {
            return ([], 0);
        }

        // Expected daily rate over a long baseline: a burst is a day a Poisson process at that rate rarely reaches.
        var mu = created.Length / (double)Math.Max(counts.Length, o.BaselineDays);
        var cut = Math.Max(o.MinAccountsPerDay, RobustStats.PoissonThreshold(mu, o.Alpha));
        var bursts = BurstDetector.Runs(counts, c => c >= cut, o.MaxGapDays)
            .Select(r => new DateBurst(first.AddDays(r.Start), first.AddDays(r.End), counts.Skip(r.Start).Take(r.End - r.Start + 1).Sum()))
            .ToArray();
        var inside = bursts.Sum(b => b.Count);
        return (bursts, inside / (double)created.Length);
    }

    public static ActivityRhythm Rhythm(ClusterContext ctx, AnalysisProfile profile)
    {
        var hours = new int[24];
        var weekdays = new int[7];
        var work = 0;
        // A flag per day of the week, not a set: a set of enums boxed every post's day (27 MB at 1 M posts).
        var workDays = new bool[7];
        foreach (var day in profile.WorkDays.Where(d => (uint)d < 7))
        {
            workDays[(int)day] = true;
        }

        foreach (var local in ctx.LocalTimes)
        {
            hours[local.Hour]++;
            var day = local.DayOfWeek;
            weekdays[((int)day + 6) % 7]++;
            if (workDays[(int)day] && local.Hour >= profile.WorkHourStart && local.Hour < profile.WorkHourEnd)
            {
                work++;
            }
        }

        var share = ctx.LocalTimes.Count > 0 ? work / (double)ctx.LocalTimes.Count : 0;
        return new ActivityRhythm(ctx.Zone.Id, hours, weekdays, share);
    }

    public static HolidaySilence Holidays(ClusterContext ctx, AnalysisProfile profile, HolidayOptions o)
    {
        var (first, counts) = BurstDetector.Daily(Enumerable.Range(0, ctx.Count).Select(ctx.LocalDay));
        if (counts.Length == 0 || profile.Holidays.Count == 0)
        {
            return new HolidaySilence([], 0, 0);
        }

        var last = first.AddDays(counts.Length - 1);
        var names = new SortedDictionary<DateOnly, string>();
        foreach (var h in profile.Holidays)
        {
            foreach (var d in h.Dates())
            {
                names.TryAdd(d, h.Name);
            }
        }

        int CountOn(DateOnly d) => counts[d.DayNumber - first.DayNumber];
        var days = new List<HolidayActivity>();
        foreach (var (date, name) in names.Where(n => n.Key >= first && n.Key <= last))
        {
            var neighbours = Enumerable.Range(1, o.NeighbourDays)
                .SelectMany(k => new[] { date.AddDays(-k), date.AddDays(k) })
                .Where(d => d >= first && d <= last && !names.ContainsKey(d))
                .Select(d => (double)CountOn(d))
                .ToArray();
            var baseline = RobustStats.Median(neighbours);
            days.Add(new HolidayActivity(date, name, CountOn(date), baseline, neighbours.Length > 0 && baseline >= o.MinBaselinePosts));
        }

        var measurable = days.Where(d => d.Measurable).ToArray();
        var silence = measurable.Length > 0 ? measurable.Average(d => Math.Clamp(1 - (d.Posts / d.Baseline), 0, 1)) : 0;
        return new HolidaySilence(days, measurable.Length, silence);
    }
}
