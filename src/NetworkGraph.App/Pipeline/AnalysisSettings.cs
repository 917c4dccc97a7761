using NetworkGraph.Analysis.Communities;
using NetworkGraph.Core.Coordination;

namespace NetworkGraph.App.Pipeline;

/// <summary>Everything one analysis run depends on; it is recorded in the snapshot's parameters.</summary>
internal sealed record AnalysisSettings
{
    /// <summary>Coordination kinds to build.</summary>
    public IReadOnlyList<ShareKind> Kinds { get; init; } = [ShareKind.Text, ShareKind.SimilarText, ShareKind.Retweet, ShareKind.Url];

    /// <summary>Whether every kind the stored share tables hold is built too (co-share, co-image...); true unless
    /// the kinds were given explicitly.</summary>
    public bool AddShareKinds { get; init; } = true;

    /// <summary>Pairwise windows; the graph at <see cref="DetectionWindow"/> feeds community detection.</summary>
    public IReadOnlyList<TimeSpan> Windows { get; init; } = [TimeSpan.FromSeconds(60), TimeSpan.FromHours(1)];

    /// <summary>The window whose multiplex graph is partitioned: the widest default window, whose pairs include the
    /// fast ones, so second-scale bursts and hour-scale co-retweeting both shape the communities; the cluster stage then
    /// tells at which time scale each cluster coordinates.</summary>
    public TimeSpan DetectionWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Minimum number of objects an account must share to take part.</summary>
    public int MinParticipation { get; init; } = 2;

    /// <summary>Minimum co-shares for an edge to be kept.</summary>
    public double MinEdgeWeight { get; init; } = 2;

    /// <summary>How the detection window's co-shares weigh in community detection: their square root by default, so bulk
    /// copy-paste pairs do not set the scale under which smaller groups merge (see <see cref="MultiplexWeighting"/>).</summary>
    public MultiplexWeighting Weighting { get; init; } = MultiplexWeighting.SquareRoot;

    /// <summary>Community detection algorithm.</summary>
    public CommunityAlgorithm Algorithm { get; init; } = CommunityAlgorithm.Leiden;

    /// <summary>Resolution of the quality function.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>Seed of every randomised step.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Threads for the hot loops (results are deterministic for a fixed seed and thread count).</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Path of the analysis profile (gazetteers, lexicons, holidays, timezone); null for the built-in generic profile.</summary>
    public string? ProfilePath { get; init; }

    /// <summary>When set, only posts newer than the analysis time minus this span take part (a sliding range); null for all.</summary>
    public TimeSpan? Lookback { get; init; }

    public CoordinationOptions ToCoordinationOptions() => new()
    {
        Kinds = Kinds,
        Windows = Windows.Contains(DetectionWindow) ? Windows : [.. Windows, DetectionWindow],
        MinParticipation = MinParticipation,
        MinEdgeWeight = MinEdgeWeight,
        Seed = (ulong)Seed,
        MaxDegreeOfParallelism = Threads,
    };

    public CommunityOptions ToCommunityOptions() => new()
    {
        Algorithm = Algorithm,
        Resolution = Resolution,
        Seed = Seed,
        Threads = Threads,
    };

    /// <summary>The parameters recorded in a snapshot.</summary>
    public IReadOnlyDictionary<string, string> ToParameters()
    {
        var parameters = BaseParameters();
        if (Lookback is { } lookback)
        {
            // The span, not the moving bounds: an unchanged input inside the range still gives no new version.
            parameters["lookback"] = Durations.Format(lookback);
        }

        return parameters;
    }

    private Dictionary<string, string> BaseParameters() => new()
    {
        ["kinds"] = string.Join(",", Kinds.Select(ShareKindNames.CliName)),
        ["windows"] = string.Join(",", Windows.Select(Durations.Format)),
        ["detection_window"] = Durations.Format(DetectionWindow),
        ["min_participation"] = MinParticipation.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["min_edge_weight"] = MinEdgeWeight.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["weighting"] = Weighting == MultiplexWeighting.SquareRoot ? "sqrt" : "co-shares",
        ["algorithm"] = Algorithm.ToString().ToLowerInvariant(),
        ["resolution"] = Resolution.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["seed"] = Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["threads"] = Threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["profile"] = ProfilePath is null ? "generic (built-in)" : Path.GetFileName(ProfilePath),
    };
}
