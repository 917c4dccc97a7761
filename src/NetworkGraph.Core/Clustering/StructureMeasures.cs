namespace NetworkGraph.Core.Clustering;

/// <summary>Density, conductance, kind shares and dt measures of one cluster's edges.</summary>
internal sealed record StructureMeasures(
    int InternalPairs,
    double Density,
    double InternalWeight,
    double BoundaryWeight,
    double Conductance,
    IReadOnlyDictionary<string, double> KindShares,
    double? MedianDtSeconds,
    double FastCopyWeightShare,
    double FastWeightShare,
    double? CoShareMedianDtSeconds,
    int FastMembers)
{
    /// <param name="size">Cluster size.</param>
    /// <param name="internalEdges">Edges with both ends in the cluster.</param>
    /// <param name="boundaryWeight">Weight of edges with exactly one end in the cluster.</param>
    /// <param name="totalWeight">Weight of all edges of the graph.</param>
    /// <param name="options">Fast window and text kinds.</param>
    /// <param name="windowSeconds">The pairing window the edges were built with; null when unknown.</param>
    public static StructureMeasures Compute(
        int size,
        IReadOnlyList<ClusterEdge> internalEdges,
        double boundaryWeight,
        double totalWeight,
        ClusterAnalysisOptions options,
        double? windowSeconds)
    {
        var textKinds = options.TextKinds.ToHashSet(StringComparer.Ordinal);
        var pairs = DistinctPairs(internalEdges);
        var possible = size * (size - 1) / 2.0;
        var internalWeight = internalEdges.Sum(e => e.Weight);

        // Conductance: cut / min(vol(S), vol(rest)), where vol counts each edge end's weight.
        var volumeInside = (2 * internalWeight) + boundaryWeight;
        var volumeOutside = (2 * totalWeight) - volumeInside;
        var denominator = Math.Min(volumeInside, volumeOutside);
        var conductance = denominator > 0 ? Math.Min(1, boundaryWeight / denominator) : 0;

        // Fast shares are taken over the fast kinds' weight only: a heavy hashtag layer must not dilute them. Kinds a
        // share table brought (co_share, co_image...) count as fast: the same object, as CooRTweet's co-shares.
        // Per kind (a handful): its weight, summed in edge order, and whether it is a co-share kind, worked out once.
        var kinds = new Dictionary<string, (double Weight, bool CoShare)>(StringComparer.Ordinal);
        double fastCopy = 0, fast = 0, fastKindWeight = 0;
        var fastMembers = new HashSet<string>(StringComparer.Ordinal);
        var gaps = new List<(double, double)>();
        foreach (var e in internalEdges)
        {
            ref var kind = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(kinds, e.Kind, out var seen);
            kind = (kind.Weight + e.Weight, seen ? kind.CoShare : options.IsCoShareKind(e.Kind));
            if (!kind.CoShare)
            {
                continue;
            }

            fastKindWeight += e.Weight;
            gaps.Add((e.MeanDtSeconds, e.Weight));
            if (IsFast(e, options, windowSeconds))
            {
                fast += e.Weight;
                fastMembers.Add(e.A);
                fastMembers.Add(e.B);
                fastCopy += textKinds.Contains(e.Kind) ? e.Weight : 0;
            }
        }

        var kindShares = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (kind, (weight, _)) in kinds)
        {
            kindShares[kind] = internalWeight > 0 ? weight / internalWeight : 0;
        }

        return new StructureMeasures(
            pairs,
            possible > 0 ? pairs / possible : 0,
            internalWeight,
            boundaryWeight,
            conductance,
            kindShares,
            RobustStats.WeightedMedian(internalEdges.Select(e => (e.MeanDtSeconds, e.Weight))),
            fastKindWeight > 0 ? fastCopy / fastKindWeight : 0,
            fastKindWeight > 0 ? fast / fastKindWeight : 0,
            RobustStats.WeightedMedian(gaps),
            fastMembers.Count);
    }

    /// <summary>How many distinct unordered account pairs the edges link (each account numbered once, so a pair is a
    /// number; the numbers sorted and counted, no hash set whose hash of a long would fold its halves together).</summary>
    private static int DistinctPairs(IReadOnlyList<ClusterEdge> edges)
    {
        var accounts = new StringPool();
        var pairs = new long[edges.Count];
        for (var i = 0; i < pairs.Length; i++)
        {
            var a = accounts.Intern(edges[i].A);
            var b = accounts.Intern(edges[i].B);
            pairs[i] = ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
        }

        Array.Sort(pairs);
        var distinct = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            distinct += i == 0 || pairs[i] != pairs[i - 1] ? 1 : 0;
        }

        return distinct;
    }

    /// <summary>
    /// An edge is fast when its co-shares came closer together than chance within the edges' window (see
    /// <see cref="CoShareTiming"/>); when the window is unknown, when its mean gap is within the fast threshold.
    /// </summary>
    private static bool IsFast(ClusterEdge e, ClusterAnalysisOptions options, double? windowSeconds) =>
        double.IsFinite(e.MeanDtSeconds) && (windowSeconds is { } w && w > options.FastDtSeconds
            ? CoShareTiming.CloserThanChance(e.MeanDtSeconds, e.Weight, w, options.CoShareAlpha, options.CoShareMaxGapShare)
            : e.MeanDtSeconds <= options.FastDtSeconds);
}
