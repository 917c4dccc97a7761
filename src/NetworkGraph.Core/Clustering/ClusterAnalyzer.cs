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
        var table = input.Columns();
        var rowsOf = RowsByCommunity(table, input.Partition, analysed.Select(c => c.Community));
        int[] textRows = [.. rowsOf.Values.SelectMany(r => r)];
        var texts = input.PostColumns is not null && input.TextObjects is { } handed
            ? NormalizedTexts.Of(table, textRows, handed)
            : NormalizedTexts.Of(table, textRows, _options.Threads, cancellationToken);
        var (internalEdges, boundary, totalWeight) = SplitEdges(input.Edges, input.Partition);

        var timing = EdgeTiming(input);
        var profileCalculator = new ProfileSignalCalculator(_profile, _options);
        var scorer = new ClusterScorer(
            _options, _profile.TargetLanguages.Select(l => profileCalculator.LanguageLabel(ProfileSignalCalculator.Language(l))).ToArray(), timing);
        var objects = new TopObjects(table);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = cancellationToken };

        // Clusters are independent, and so are the structure, the timing, the top objects and the profile of one
        // cluster: each lands in its own slot, so any thread count gives the same list. They run as parts, the costliest
        // first, so the parts of one big cluster run beside each other and beside the small clusters (per cluster, one
        // big cluster kept one thread busy long after the other had done the rest). A cluster's context is made by
        // its first part to run and let go with its report, made by its last: no more contexts are held than clusters
        // are at work.
        var contexts = new Lazy<ClusterContext>?[analysed.Length];
        for (var k = 0; k < analysed.Length; k++)
        {
            var (community, members) = analysed[k];
            contexts[k] = new Lazy<ClusterContext>(() =>
            {
                var ctx = new ClusterContext(community, members, accounts, table, rowsOf[community], texts, _zone);
                _ = ctx.AuthorIndexes; // worked out once, before the parts read it at once
                return ctx;
            });
        }

        const int Parts = 4;
        var remaining = Enumerable.Repeat(Parts, analysed.Length).ToArray();
        var structures = new StructureMeasures[analysed.Length];
        var timed = new TimingCounts[analysed.Length];
        var tops = new ClusterObjects[analysed.Length];
        var profiles = new ProfileSignals[analysed.Length];
        var reports = new ClusterReport[analysed.Length];

        // Costliest first: a structure costs by the cluster's edges, the other parts by its posts.
        var parts = Enumerable.Range(0, analysed.Length)
            .SelectMany(k => Enumerable.Range(0, Parts).Select(part => (Cluster: k, Part: part)))
            .OrderByDescending(p => p.Part == 2 ? internalEdges.GetValueOrDefault(analysed[p.Cluster].Community)?.Count ?? 0 : rowsOf[analysed[p.Cluster].Community].Length)
            .ToArray();
        var next = -1;
        Parallel.For(0, _options.Threads, parallel, _ =>
        {
            // Each thread takes the next part in that order (a Parallel.For over the parts would start the second
            // thread half-way down the list).
            for (int p; (p = Interlocked.Increment(ref next)) < parts.Length;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (k, part) = parts[p];
                var ctx = contexts[k]!.Value;
                switch (part)
                {
                    case 0:
                        timed[k] = PostTimingDetectors.Count(ctx, _options);
                        break;
                    case 1:
                        tops[k] = objects.Count(ctx, Enumerable.Range(0, ctx.Count), _options.TopCount);
                        break;
                    case 2:
                        structures[k] = StructureMeasures.Compute(
                            ctx.Members.Count, internalEdges.GetValueOrDefault(ctx.Community) ?? [], boundary.GetValueOrDefault(ctx.Community), totalWeight, _options, timing.WindowSeconds);
                        break;
                    default:
                        profiles[k] = profileCalculator.Compute(ctx);
                        break;
                }

                if (Interlocked.Decrement(ref remaining[k]) == 0)
                {
                    reports[k] = Report(ctx, structures[k], timed[k], profiles[k], tops[k], objects, scorer);
                    contexts[k] = null;
                }
            }
        });

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

    private ClusterReport Report(
        ClusterContext ctx, StructureMeasures structure, TimingCounts timed, ProfileSignals profile, ClusterObjects top, TopObjects objects, ClusterScorer scorer)
    {
        var count = ctx.Count;
        double Share(double n) => count > 0 ? n / count : 0;
        var metrics = new ClusterMetrics(
            ctx.Members.Count,
            count,
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
            ComparableTextPosts = timed.ComparableTexts,
        };
        var score = scorer.Score(metrics, profile);

        // A burst without coordination evidence is no campaign: an organic community's busy days stay unsegmented.
        return new ClusterReport(
            0,
            ctx.Community,
            ctx.Members,
            metrics,
            top,
            profile,
            score.Flagged ? CampaignSegmenter.Segment(ctx, objects, _options) : [],
            score,
            "");
    }

    /// <summary>The table rows of each community's members, by time then id; a repeated post id counts once (its first row).</summary>
    private static Dictionary<int, int[]> RowsByCommunity(ClusterPosts table, IReadOnlyDictionary<string, int> partition, IEnumerable<int> analysed)
    {
        // Communities by dense index (in the order given); Small for a community not analysed, Outside for none. Only
        // the authors' strings are looked up, each once, when first met (most strings of the pool are no author).
        const int Outside = -2, Small = -1, Unknown = int.MinValue;
        var wanted = analysed.Distinct().ToArray();
        var indexOf = wanted.Select((c, k) => (c, k)).ToDictionary(x => x.c, x => x.k);
        var communityOf = new int[table.Strings.Count];
        Array.Fill(communityOf, Unknown);

        // Counted first, so each community's rows fill an array of its size.
        var seen = table.IdsUnique ? null : new HashSet<string>(StringComparer.Ordinal);
        var rowCommunity = new int[table.Count];
        var counts = new int[wanted.Length];
        for (var r = 0; r < table.Count; r++)
        {
            ref var k = ref communityOf[table.Authors[r]];
            if (k == Unknown)
            {
                k = !partition.TryGetValue(table.Strings[table.Authors[r]], out var c) ? Outside : indexOf.GetValueOrDefault(c, Small);
            }

            var community = k;
            if (community == Outside || (seen is not null && !seen.Add(table.Ids[r]!)))
            {
                community = Outside;
            }
            else if (community >= 0)
            {
                counts[community]++;
            }

            rowCommunity[r] = community;
        }

        var rowsOf = Array.ConvertAll(counts, n => new int[n]);
        Array.Clear(counts);
        for (var r = 0; r < table.Count; r++)
        {
            if (rowCommunity[r] is var k && k >= 0)
            {
                rowsOf[k][counts[k]++] = r;
            }
        }

        // One array of keys, the biggest community's size, serves each community in turn.
        var ticks = table.Ticks;
        var ids = table.Ids;
        var keys = new long[rowsOf.Length == 0 ? 0 : rowsOf.Max(r => r.Length)];
        foreach (var rows in rowsOf)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                keys[i] = ticks[rows[i]];
            }

            RowOrder.Sort(keys.AsSpan(0, rows.Length), rows, ids.CompareOrdinal);
        }

        return wanted.Select((c, k) => (c, k)).ToDictionary(x => x.c, x => rowsOf[x.k]);
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
