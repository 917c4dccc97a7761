using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Activity;

/// <summary>Spreads the organic posts over the days: weekly rhythm, slow drift, a few news spikes; exact total.</summary>
internal static class VolumePlan
{
    public static long[] OrganicPerDay(long total, ScenarioCalendar calendar, long seed)
    {
        var rng = Rng.For(seed, Streams.Plan);
        var weights = new double[calendar.Days];
        for (var d = 0; d < weights.Length; d++)
        {
            var weekday = calendar.Date(d).DayOfWeek switch
            {
                DayOfWeek.Saturday => 0.9,
                DayOfWeek.Sunday => 0.95,
                _ => 1.0,
            };
            var drift = 1 + (0.12 * Math.Sin(2 * Math.PI * d / 29.0));
            var spike = rng.Chance(0.04) ? 1.3 + rng.NextDouble() : 1.0;
            weights[d] = weekday * drift * spike * Math.Exp(0.08 * rng.Normal());
        }

        // Largest remainder: floors first, then one more post to the days with the biggest fractions.
        var sum = weights.Sum();
        var counts = new long[weights.Length];
        var fractions = new (double Fraction, int Day)[weights.Length];
        long assigned = 0;
        for (var d = 0; d < weights.Length; d++)
        {
            var exact = total * weights[d] / sum;
            counts[d] = (long)Math.Floor(exact);
            fractions[d] = (exact - counts[d], d);
            assigned += counts[d];
        }

        Array.Sort(fractions, (a, b) => b.Fraction != a.Fraction ? b.Fraction.CompareTo(a.Fraction) : a.Day.CompareTo(b.Day));
        for (var i = 0; assigned < total; i++, assigned++)
        {
            counts[fractions[i % fractions.Length].Day]++;
        }

        return counts;
    }
}
