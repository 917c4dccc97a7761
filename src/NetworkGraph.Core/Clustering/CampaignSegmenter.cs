namespace NetworkGraph.Core.Clustering;

/// <summary>Cuts a cluster's daily activity into campaigns: runs of days above a robust threshold, short gaps merged.</summary>
internal static class CampaignSegmenter
{
    public static IReadOnlyList<Campaign> Segment(ClusterContext ctx, ClusterAnalysisOptions options)
    {
        var o = options.Campaigns;
        var days = Enumerable.Range(0, ctx.Posts.Count).Select(ctx.LocalDay).ToArray();
        var (first, counts) = BurstDetector.Daily(days);
        if (counts.Length == 0)
        {
            return [];
        }

        var values = counts.Select(c => (double)c).ToArray();
        var median = RobustStats.Median(values);
        var cut = median + (o.MadMultiplier * RobustStats.MadScale * RobustStats.Mad(values, median));
        var runs = BurstDetector.Runs(counts, c => c >= o.MinDailyPosts && c > cut, o.MaxGapDays);

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
                inside.Select(i => ctx.Posts[i].AuthorId).Distinct(StringComparer.Ordinal).Count(),
                counts.Skip(s).Take(e - s + 1).Max(),
                TopObjects.Texts(ctx, inside, options.TopCount),
                TopObjects.Hashtags(ctx, inside, options.TopCount)));
        }

        return campaigns;
    }
}
