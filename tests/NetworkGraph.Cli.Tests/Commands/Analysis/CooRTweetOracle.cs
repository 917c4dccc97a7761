namespace NetworkGraph.Cli.Tests.Commands.Analysis;

/// <summary>A plain all-pairs transcription of CooRTweet 2.x's <c>detect_groups</c> (do_detect_groups,
/// calc_group_combinations, do_remove_loops, filter_min_participation) and the weight and avg_time_delta of
/// <c>generate_coordinated_network</c>, kept as slow and literal as the R code, to check the real path against.</summary>
internal static class CooRTweetOracle
{
    /// <summary>One row of the canonical share table.</summary>
    public sealed record Row(string ObjectId, string AccountId, string ContentId, long TimestampShare);

    /// <summary>One row of detect_groups' result: the two shares of a coordinated pair.</summary>
    public sealed record Pair(Row A, Row B)
    {
        public long TimeDelta => A.TimestampShare - B.TimestampShare;
    }

    /// <summary>One edge of the full network (no edge_weight threshold): accounts in ordinal order.</summary>
    public sealed record Edge(string Account, string AccountY, long Weight, double AvgTimeDelta);

    public static List<Pair> DetectGroups(IReadOnlyList<Row> x, long timeWindow, int minParticipation)
    {
        // Pre-filter: an account needs at least min_participation rows.
        var rowsOf = x.GroupBy(r => r.AccountId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        x = x.Where(r => rowsOf[r.AccountId] >= minParticipation).ToList();

        // calc_group_combinations: every pair of rows of one object (id < id), |time_delta| <= time_window.
        var result = new List<Pair>();
        for (var i = 0; i < x.Count; i++)
        {
            for (var j = i + 1; j < x.Count; j++)
            {
                if (x[i].ObjectId == x[j].ObjectId && Math.Abs(x[i].TimestampShare - x[j].TimestampShare) <= timeWindow)
                {
                    result.Add(new Pair(x[i], x[j]));
                }
            }
        }

        // do_remove_loops.
        result = result.Where(p => p.A.ObjectId != p.A.ContentId && p.A.ObjectId != p.B.ContentId
                                   && p.A.ContentId != p.B.ContentId && p.A.AccountId != p.B.AccountId).ToList();

        // filter_min_participation: rows of x whose content is in a pair, counted per account; a pair stays when
        // either of its contents belongs to an account with at least min_participation such rows.
        if (minParticipation >= 1)
        {
            var contentIds = result.SelectMany(p => new[] { p.A.ContentId, p.B.ContentId }).ToHashSet(StringComparer.Ordinal);
            var kept = x.Where(r => contentIds.Contains(r.ContentId))
                .GroupBy(r => r.AccountId)
                .Where(g => g.Count() >= minParticipation)
                .SelectMany(g => g.Select(r => r.ContentId))
                .ToHashSet(StringComparer.Ordinal);
            result = result.Where(p => kept.Contains(p.A.ContentId) || kept.Contains(p.B.ContentId)).ToList();
        }

        return result;
    }

    public static List<Edge> Network(IEnumerable<Pair> pairs) =>
        pairs.GroupBy(p => string.CompareOrdinal(p.A.AccountId, p.B.AccountId) < 0 ? (p.A.AccountId, p.B.AccountId) : (p.B.AccountId, p.A.AccountId))
            .Select(g => new Edge(g.Key.Item1, g.Key.Item2, g.Count(), g.Average(p => (double)Math.Abs(p.TimeDelta))))
            .OrderBy(e => e.Account, StringComparer.Ordinal)
            .ThenBy(e => e.AccountY, StringComparer.Ordinal)
            .ToList();
}
