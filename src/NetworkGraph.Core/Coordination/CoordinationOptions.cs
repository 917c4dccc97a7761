namespace NetworkGraph.Core.Coordination;

/// <summary>Settings of coordination-graph building; the defaults suit a large collection, see each member.</summary>
/// <remarks>
/// CooRTweet 2.x conformance (co-retweet): <c>Windows = [time_window]</c>, <c>MinParticipation = min_participation</c>,
/// <c>MinEdgeWeight = 1</c>, <c>EdgeWeightQuantile = edge_weight</c> (leave null for the full graph),
/// <c>PopularityDownWeighting = false</c> and a <c>MaxPairsPerObject</c> above the largest object's pair count.
/// </remarks>
public sealed record CoordinationOptions
{
    /// <summary>The most windows one run accepts.</summary>
    public const int MaxWindows = 15;

    /// <summary>The object kinds to build a layer for (default co-retweet, co-tweet and co-similar).</summary>
    public IReadOnlyList<ShareKind> Kinds { get; init; } = [ShareKind.Retweet, ShareKind.Text, ShareKind.SimilarText];

    /// <summary>Pairwise windows: two shares of one object by different accounts pair when |dt| &lt;= window
    /// (CooRTweet's semantics, no fixed bins). One layer per kind and window (default 10 s, 60 s and 1 h).</summary>
    public IReadOnlyList<TimeSpan> Windows { get; init; } =
        [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), TimeSpan.FromHours(1)];

    /// <summary>CooRTweet's min_participation (default 2): an account with fewer shares of the kind is dropped before
    /// pairing, and a pair is kept only if at least one of its accounts has this many shares that pair within the window.</summary>
    public int MinParticipation { get; init; } = 2;

    /// <summary>Edges lighter than this are dropped (default 2, as in the QUT toolkit; 1 keeps every edge, which
    /// at scale costs memory for all the one-off pairs).</summary>
    public double MinEdgeWeight { get; init; } = 2;

    /// <summary>When set, keeps only edges whose weight is strictly greater than this quantile (R type 7, as
    /// CooRTweet's edge_weight) of all the layer's edge weights, computed before <see cref="MinEdgeWeight"/>.</summary>
    public double? EdgeWeightQuantile { get; init; }

    /// <summary>Minimum estimated Jaccard similarity of two normalised texts to be near-duplicates (default 0.6).</summary>
    public double SimilarityThreshold { get; init; } = 0.6;

    /// <summary>At most this many evidence post pairs are kept per edge (a seeded uniform sample; the edge's
    /// <see cref="CoordinationEdge.PairCount"/> stays the true count). Default 20.</summary>
    public int EvidenceCap { get; init; } = 20;

    /// <summary>When true, a co-share of an object weighs ln(A / n) / ln(A / 2), where n accounts shared the object
    /// and A accounts shared any object of the kind: 1 for an object of two accounts, near 0 for one everybody
    /// shared (a TF-IDF-style correction for popular objects). Default false (weight = number of co-shares).</summary>
    public bool PopularityDownWeighting { get; init; }

    /// <summary>Pathological-object cap (default 5,000,000): when an object's shares would make more pairs inside the
    /// largest window, each share pairs only with its next floor(cap / shares) successors in time (at least one),
    /// and a <see cref="CoordinationWarning"/> reports the object.</summary>
    public long MaxPairsPerObject { get; init; } = 5_000_000;

    /// <summary>Seed of the evidence sampling.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Threads to use (default: all cores); results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Kinds);
        ArgumentNullException.ThrowIfNull(Windows);
        if (Kinds.Count == 0 || Kinds.Distinct().Count() != Kinds.Count)
        {
            throw new ArgumentException("Kinds must be non-empty and distinct.", nameof(Kinds));
        }

        if (Windows.Count is 0 or > MaxWindows || Windows.Distinct().Count() != Windows.Count)
        {
            throw new ArgumentException($"Give between 1 and {MaxWindows} distinct windows.", nameof(Windows));
        }

        foreach (var window in Windows)
        {
            if (window < TimeSpan.Zero || window.TotalMilliseconds > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(Windows), window, "A window must be between 0 and 24 days.");
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MinParticipation);
        ArgumentOutOfRangeException.ThrowIfNegative(MinEdgeWeight);
        if (EdgeWeightQuantile is { } q && (double.IsNaN(q) || q < 0 || q > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(EdgeWeightQuantile), q, "Must be between 0 and 1.");
        }

        if (double.IsNaN(SimilarityThreshold) || SimilarityThreshold <= 0 || SimilarityThreshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(SimilarityThreshold), SimilarityThreshold, "Must be in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(EvidenceCap);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPairsPerObject, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1);
    }
}
