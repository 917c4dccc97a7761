namespace NetworkGraph.Core.Tests.Coordination.Support;

/// <summary>A deliberately naive, all-pairs transcription of CooRTweet 2.x's detect_groups followed by
/// generate_coordinated_network (with subgraph = 1), used as the oracle for the real builder.</summary>
internal static class ReferenceCoordination
{
    public sealed record Edge(
        string Source, string Target, int Weight, double MeanDelta, double MinDelta, double First, double Last,
        int SourcePosts, int TargetPosts, IReadOnlySet<(string SourcePost, string TargetPost)> Pairs);

    public static IReadOnlyDictionary<(string, string), Edge> Build(
        IReadOnlyList<ShareRow> rows, double window, int minParticipation, double? quantile, double minWeight,
        out double? threshold)
    {
        // detect_groups: pre-filter accounts with fewer than min_participation rows.
        var x = rows.GroupBy(r => r.Account).Where(g => g.Count() >= minParticipation).SelectMany(g => g).ToList();

        // calc_group_combinations per object, then remove loops (same content, same account).
        var result = new List<(ShareRow Left, ShareRow Right)>();
        foreach (var group in x.GroupBy(r => r.Object))
        {
            var shares = group.ToList();
            for (var i = 0; i < shares.Count; i++)
            {
                for (var j = i + 1; j < shares.Count; j++)
                {
                    var (a, b) = (shares[i], shares[j]);
                    if (Math.Abs(a.Seconds - b.Seconds) <= window && a.Post != b.Post && a.Account != b.Account)
                    {
                        result.Add((a, b));
                    }
                }
            }
        }

        // filter_min_participation: accounts with >= k rows whose content is in the result; keep a pair when
        // either side's content belongs to such an account.
        if (minParticipation >= 1)
        {
            var inResult = result.SelectMany(p => new[] { p.Left.Post, p.Right.Post }).ToHashSet();
            var kept = x.Where(r => inResult.Contains(r.Post)).GroupBy(r => r.Account)
                .Where(g => g.Count() >= minParticipation).SelectMany(g => g.Select(r => r.Post)).ToHashSet();
            result = result.Where(p => kept.Contains(p.Left.Post) || kept.Contains(p.Right.Post)).ToList();
        }

        // generate_coordinated_network: aggregate per unordered account pair.
        var edges = new Dictionary<(string, string), Edge>();
        foreach (var pairGroup in result.GroupBy(p => Order(p.Left.Account, p.Right.Account)))
        {
            var (source, target) = pairGroup.Key;
            var oriented = pairGroup.Select(p => p.Left.Account == source ? p : (p.Right, p.Left)).ToList();
            var deltas = oriented.Select(p => Math.Abs(p.Item1.Seconds - p.Item2.Seconds)).ToList();
            edges[(source, target)] = new Edge(
                source, target, oriented.Count, deltas.Average(), deltas.Min(),
                oriented.Min(p => Math.Min(p.Item1.Seconds, p.Item2.Seconds)),
                oriented.Max(p => Math.Max(p.Item1.Seconds, p.Item2.Seconds)),
                oriented.Select(p => p.Item1.Post).Distinct().Count(),
                oriented.Select(p => p.Item2.Post).Distinct().Count(),
                oriented.Select(p => (p.Item1.Post, p.Item2.Post)).ToHashSet());
        }

        threshold = null;
        if (quantile is { } p && edges.Count > 0)
        {
            var sorted = edges.Values.Select(e => (double)e.Weight).Order().ToArray();
            var index = 1 + ((sorted.Length - 1) * p);
            var lo = (int)Math.Floor(index);
            var hi = (int)Math.Ceiling(index);
            var h = index - lo;
            threshold = (1 - h) * sorted[lo - 1] + (h * sorted[hi - 1]);
            if (sorted[hi - 1] == sorted[lo - 1])
            {
                threshold = sorted[lo - 1];
            }
        }

        var limit = threshold;
        return edges.Where(e => e.Value.Weight >= minWeight && (limit is null || e.Value.Weight > limit))
            .ToDictionary(e => e.Key, e => e.Value);
    }

    private static (string, string) Order(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
