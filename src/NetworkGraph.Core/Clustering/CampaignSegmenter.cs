namespace NetworkGraph.Core.Clustering;

/// <summary>
/// Cuts a cluster's daily activity into campaigns: runs of days above a robust threshold of their own weekday (a
/// Saturday is compared with the cluster's Saturdays), short gaps merged. A weekly rhythm (a show every Saturday, an
/// office week with quiet weekends) is then the baseline, not a campaign, and a campaign's weekend days still count.
/// </summary>
internal static class CampaignSegmenter
{
    public static IReadOnlyList<Campaign> Segment(ClusterContext ctx, TopObjects objects, ClusterAnalysisOptions options)
    {
        var o = options.Campaigns;
        var days = Enumerable.Range(0, ctx.Count).Select(ctx.LocalDay).ToArray();
        var (first, counts) = BurstDetector.Daily(days);
        if (counts.Length == 0)
        {
            return [];
        }

        var (medians, cuts) = WeekdayBaselines(first, counts, o);
        var above = counts.Select((c, i) => c >= o.MinDailyPosts && c > cuts[(first.DayNumber + i) % 7]).ToArray();
        var excess = counts.Select((c, i) => c - medians[(first.DayNumber + i) % 7]).ToArray();

        var campaigns = new List<Campaign>();
        foreach (var run in BurstDetector.Runs(above, o.MaxGapDays))
        {
            var (s, e) = Trim(run, above, excess, o.MinEdgeShare);
            var start = first.AddDays(s);
            var end = first.AddDays(e);
            var inside = Enumerable.Range(0, days.Length).Where(i => days[i] >= start && days[i] <= end).ToArray();
            if (inside.Length < o.MinVolume)
            {
                continue;
            }

            campaigns.Add(new Campaign(
                campaigns.Count + 1,
                start,
                end,
                inside.Length,
                inside.Select(ctx.Author).Distinct().Count(),
                counts.Skip(s).Take(e - s + 1).Max(),
                objects.Texts(ctx, inside, options.TopCount),
                objects.Hashtags(ctx, inside, options.TopCount)));
        }

        return campaigns;
    }

    /// <summary>The run without edge days whose excess over their weekday's median is below
    /// <paramref name="minEdgeShare"/> of the median excess of the run's campaign days: a quiet weekend day a notch above
    /// its own tiny baseline, joined through a gap, neither starts nor ends a campaign.</summary>
    private static (int Start, int End) Trim((int Start, int End) run, bool[] above, double[] excess, double minEdgeShare)
    {
        var days = Enumerable.Range(run.Start, run.End - run.Start + 1).Where(i => above[i]).Select(i => excess[i]).ToArray();
        var floor = minEdgeShare * RobustStats.Median(days);
        var (s, e) = run;
        while (s < e && excess[s] < floor)
        {
            s++;
        }

        while (e > s && excess[e] < floor)
        {
            e--;
        }

        return (s, e);
    }

    /// <summary>Per weekday (indexed by DayNumber % 7): the median of that weekday's daily counts, and the cut median + k *
    /// 1.4826 * MAD.</summary>
    private static (double[] Medians, double[] Cuts) WeekdayBaselines(DateOnly first, int[] counts, CampaignOptions o)
    {
        var medians = new double[7];
        var cuts = new double[7];
        for (var w = 0; w < 7; w++)
        {
            var values = counts.Where((_, i) => (first.DayNumber + i) % 7 == w).Select(c => (double)c).ToArray();
            var median = RobustStats.Median(values);
            medians[w] = median;
            cuts[w] = median + (o.MadMultiplier * RobustStats.MadScale * RobustStats.Mad(values, median));
        }

        return (medians, cuts);
    }
}
