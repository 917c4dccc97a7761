using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Clustering;

/// <summary>Measures, explains and scores every community of a partition.</summary>
public sealed class ClusterAnalyzer
{
    private readonly AnalysisProfile _profile;
    private readonly ClusterAnalysisOptions _options;
    private readonly TimeZoneInfo _zone;

    /// <summary>Creates an analyzer; throws <see cref="ArgumentException"/> when an option is out of range.</summary>
    public ClusterAnalyzer(AnalysisProfile profile, ClusterAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profile = profile;
        _options = options ?? new ClusterAnalysisOptions();
        _options.Validate();
        _zone = ZoneResolver.Resolve(profile.TimeZone);
    }

    /// <summary>Analyses each community with at least the minimum size; clusters come ordered by score (coordination evidence), then profile part, then size, then community id.</summary>
    public ClusterAnalysis Analyze(ClusterInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var accounts = LatestProfiles(input.Accounts);
        var communities = input.Partition
            .GroupBy(kv => kv.Value)
            .Select(g => (Community: g.Key, Members: g.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray()))
            .ToArray();
        var analysed = communities.Where(c => c.Members.Length >= _options.MinClusterSize).ToArray();
        var postsByAuthor = PostsByAuthor(input.Posts, input.Partition);
        var (internalEdges, boundary, totalWeight) = SplitEdges(input.Edges, input.Partition);

        var timing = EdgeTiming(input);
        var profileCalculator = new ProfileSignalCalculator(_profile, _options);
        var scorer = new ClusterScorer(
            _options, _profile.TargetLanguages.Select(l => profileCalculator.LanguageLabel(ProfileSignalCalculator.Language(l))).ToArray(), timing);
        var reports = new List<ClusterReport>(analysed.Length);
        foreach (var (community, members) in analysed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var posts = members.SelectMany(m => postsByAuthor.GetValueOrDefault(m) ?? [])
                .OrderBy(p => p.Time)
                .ThenBy(p => p.Id, StringComparer.Ordinal)
                .ToArray();
            var ctx = new ClusterContext(community, members, accounts, posts, _zone);
            var structure = StructureMeasures.Compute(
                members.Length, internalEdges.GetValueOrDefault(community) ?? [], boundary.GetValueOrDefault(community), totalWeight, _options, timing.WindowSeconds);
            var timed = PostTimingDetectors.Count(ctx, _options);
            double Share(double n) => posts.Length > 0 ? n / posts.Length : 0;
            var metrics = new ClusterMetrics(
                members.Length,
                posts.Length,
                structure.InternalPairs,
                structure.Density,
                structure.InternalWeight,
                structure.BoundaryWeight,
                structure.Conductance,
                structure.KindShares,
                structure.MedianDtSeconds,
                structure.FastCopyWeightShare,
                structure.FastWeightShare,
                timed.CopyPasted,
                Share(timed.CopyPasted),
                timed.Synchronised,
                Share(timed.Synchronised))
            {
                ExpectedCopyPasteShare = Share(timed.ExpectedCopyPasted),
                ExpectedSynchronisedShare = Share(timed.ExpectedSynchronised),
                CoShareMedianDtSeconds = structure.CoShareMedianDtSeconds,
                FastMembers = structure.FastMembers,
                ComparableTextPosts = ctx.NormalizedTexts.Count(t => t.Length >= Math.Max(1, _options.MinCopyTextLength)),
            };
            var profile = profileCalculator.Compute(ctx);
            reports.Add(new ClusterReport(
                0,
                community,
                members,
                metrics,
                TopObjects.Count(ctx, Enumerable.Range(0, posts.Length), _options.TopCount),
                profile,
                CampaignSegmenter.Segment(ctx, _options),
                scorer.Score(metrics, profile),
                ""));
        }

        var ranked = reports
            .OrderByDescending(r => r.Score.Value)
            .ThenByDescending(r => r.Score.ProfilePart)
            .ThenByDescending(r => r.Metrics.Size)
            .ThenBy(r => r.Community)
            .Select((r, i) => r with { Rank = i + 1 })
            .Select(r => r with { Narrative = ClusterNarrator.Describe(r, _options.CopyWindowSeconds) })
            .ToArray();
        return new ClusterAnalysis(_profile.Name, ranked, communities.Length - analysed.Length) { EdgeTimingMeasurable = timing.Measurable };
    }

    /// <summary>Whether edge mean dt can tell fast from slow pairs: the window must be wider than the fast threshold.</summary>
    private EdgeTimingInfo EdgeTiming(ClusterInput input)
    {
        if (input.EdgeWindowSeconds is { } window)
        {
            return new EdgeTimingInfo(window > _options.FastDtSeconds, window);
        }

        var measurable = input.Edges.Count == 0 || input.Edges.Any(e => e.MeanDtSeconds > _options.FastDtSeconds);
        return new EdgeTimingInfo(measurable, null);
    }

    private static Dictionary<string, Account> LatestProfiles(IReadOnlyList<Account> accounts)
    {
        var byId = new Dictionary<string, Account>(StringComparer.Ordinal);
        foreach (var a in accounts)
        {
            if (!byId.TryGetValue(a.Id, out var seen) || (a.ObservedAt ?? DateTimeOffset.MinValue) >= (seen.ObservedAt ?? DateTimeOffset.MinValue))
            {
                byId[a.Id] = a;
            }
        }

        return byId;
    }

    private static Dictionary<string, List<Post>> PostsByAuthor(IReadOnlyList<Post> posts, IReadOnlyDictionary<string, int> partition)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byAuthor = new Dictionary<string, List<Post>>(StringComparer.Ordinal);
        foreach (var p in posts)
        {
            if (!partition.ContainsKey(p.AuthorId) || !seen.Add(p.Id))
            {
                continue;
            }

            if (!byAuthor.TryGetValue(p.AuthorId, out var list))
            {
                byAuthor[p.AuthorId] = list = [];
            }

            list.Add(p);
        }

        return byAuthor;
    }

    private static (Dictionary<int, List<ClusterEdge>> Internal, Dictionary<int, double> Boundary, double Total) SplitEdges(
        IReadOnlyList<ClusterEdge> edges,
        IReadOnlyDictionary<string, int> partition)
    {
        var inside = new Dictionary<int, List<ClusterEdge>>();
        var boundary = new Dictionary<int, double>();
        var total = 0.0;
        foreach (var e in edges)
        {
            if (string.Equals(e.A, e.B, StringComparison.Ordinal) || !(e.Weight > 0))
            {
                continue;
            }

            total += e.Weight;
            var hasA = partition.TryGetValue(e.A, out var ca);
            var hasB = partition.TryGetValue(e.B, out var cb);
            if (hasA && hasB && ca == cb)
            {
                if (!inside.TryGetValue(ca, out var list))
                {
                    inside[ca] = list = [];
                }

                list.Add(e);
                continue;
            }

            if (hasA)
            {
                boundary[ca] = boundary.GetValueOrDefault(ca) + e.Weight;
            }

            if (hasB)
            {
                boundary[cb] = boundary.GetValueOrDefault(cb) + e.Weight;
            }
        }

        return (inside, boundary, total);
    }
}
