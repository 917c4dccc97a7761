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

        var cuts = WeekdayCuts(first, counts, o);
        var runs = BurstDetector.Runs(counts.Select((c, i) => c >= o.MinDailyPosts && c > cuts[(first.DayNumber + i) % 7]).ToArray(), o.MaxGapDays);

        var campaigns = new List<Campaign>();
        foreach (var (s, e) in runs)
        {
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

    /// <summary>Per weekday (indexed by DayNumber % 7): median + k * 1.4826 * MAD of that weekday's daily counts.</summary>
    private static double[] WeekdayCuts(DateOnly first, int[] counts, CampaignOptions o)
    {
        var cuts = new double[7];
        for (var w = 0; w < 7; w++)
        {
            var values = counts.Where((_, i) => (first.DayNumber + i) % 7 == w).Select(c => (double)c).ToArray();
            var median = RobustStats.Median(values);
            cuts[w] = median + (o.MadMultiplier * RobustStats.MadScale * RobustStats.Mad(values, median));
        }

        return cuts;
    }
}
