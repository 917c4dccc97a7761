namespace NetworkGraph.Core.Clustering;

/// <summary>The names of the signals that make up a cluster's coordination score.</summary>
public static class SignalNames
{
    /// <summary>Share of the fast kinds' internal edge weight that is same-text closer in time than chance.</summary>
    public const string FastCopyEdges = "fast_copy_edges";

    /// <summary>Share of the fast kinds' internal edge weight (same text, retweet, link) from pairs whose co-shares came closer in time than chance.</summary>
    public const string FastEdges = "fast_edges";

    /// <summary>Share of posts whose text another member posted within the copy window, above the share the time-shift null model gives (saturating, see <see cref="ScoringOptions.CopyPasteFullShare"/>).</summary>
    public const string CopyPaste = "copy_paste";

    /// <summary>Share of posts made inside windows where many members post together, above the time-shift null model's share.</summary>
    public const string SynchronisedBursts = "synchronised_bursts";

    /// <summary>Share of members posting mostly in one of the profile's target languages.</summary>
    public const string ProfileLanguage = "profile_language";

    /// <summary>Share of members whose declared location matches a gazetteer.</summary>
    public const string DeclaredLocation = "declared_location";

    /// <summary>Share of members whose bio matches a lexicon.</summary>
    public const string BioLexicon = "bio_lexicon";

    /// <summary>Share of members created inside creation-date bursts.</summary>
    public const string CreationBursts = "creation_bursts";

    /// <summary>How silent the cluster falls on the profile's holidays.</summary>
    public const string HolidaySilence = "holiday_silence";

    /// <summary>The coordination signals: only these can flag a cluster.</summary>
    public static IReadOnlyList<string> Coordination { get; } = [FastCopyEdges, FastEdges, CopyPaste, SynchronisedBursts];

    /// <summary>The profile signals: they explain a cluster but cannot flag it alone.</summary>
    public static IReadOnlyList<string> Profile { get; } = [ProfileLanguage, DeclaredLocation, BioLexicon, CreationBursts, HolidaySilence];
}

/// <summary>
/// Signal weights and the flagging rule. Each coordination signal is measured against chance and scaled to [0, 1]
/// (full marks at a share that only coordination gives); its weight is the evidence it gives on its own at full marks.
/// The signals combine as independent evidence of coordination in any mode (1 - the product of (1 - weight * value)),
/// so one strong channel is enough and a channel that cannot be measured (no texts in a share table, edge timing from a
/// narrow window) or that a cluster does not use (nothing to copy-paste in a retweet ring) never counts against it.
/// </summary>
public sealed class ScoringOptions
{
    /// <summary>How the coordination signals combine, named in every snapshot's parameters so that a new rule makes a new version.</summary>
    public const string Combination = "independent evidence: 1 - prod(1 - weight * value)";

    /// <summary>A cluster is flagged when its coordination evidence reaches this value: half of what one channel at full marks gives.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>
    /// The copy-paste signal is min(1, copy-pasted share above chance / this): a cluster where this share of all posts
    /// is copy-pasted beyond the time-shift null gets full marks (filler posts and retweets keep real operations well
    /// below 100%).
    /// </summary>
    public double CopyPasteFullShare { get; init; } = 0.2;

    /// <summary>
    /// The fast-edges signal is min(1, share above chance / this): a cluster where this share of the co-share weight is
    /// closer in time than chance, beyond the share the test's own level (alpha) gives by chance, gets full marks
    /// (members also share objects loosely, outside their coordinated waves).
    /// </summary>
    public double FastEdgesFullShare { get; init; } = 0.75;

    /// <summary>
    /// Weight per signal name (see <see cref="SignalNames"/>), each in [0, 1]. A coordination weight is the evidence the
    /// signal gives alone at full marks; a profile weight is its share of the profile part, which ranks and explains
    /// clusters but never flags one (profile weights sum to at most 1).
    /// </summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = DefaultWeights;

    /// <summary>
    /// The default weights. Co-shares closer in time than chance (a test per member pair against independent sharing)
    /// prove coordination alone. The other three only support it, each reaching 0.4 alone and 0.64 with another: the
    /// time-shift null of copy-paste and synchrony moves whole days, so it cannot see what makes people post together
    /// by chance on one day (the same headline shared by many readers, a match or a show everyone reacts to), and fast
    /// same-text edges are a part of the fast edges. The five profile signals share 0.1.
    /// </summary>
    public static IReadOnlyDictionary<string, double> DefaultWeights { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [SignalNames.FastCopyEdges] = 0.4,
        [SignalNames.FastEdges] = 1,
        [SignalNames.CopyPaste] = 0.4,
        [SignalNames.SynchronisedBursts] = 0.4,
        [SignalNames.ProfileLanguage] = 0.02,
        [SignalNames.DeclaredLocation] = 0.02,
        [SignalNames.BioLexicon] = 0.02,
        [SignalNames.CreationBursts] = 0.02,
        [SignalNames.HolidaySilence] = 0.02,
    };

    internal double WeightOf(string signal) => Weights.TryGetValue(signal, out var w) ? w : 0;

    internal void Validate()
    {
        ClusterAnalysisOptions.Require(Threshold is > 0 and <= 1, "Scoring.Threshold", "must be in (0, 1]");
        ClusterAnalysisOptions.Require(FastEdgesFullShare is > 0 and <= 1, "Scoring.FastEdgesFullShare", "must be in (0, 1]");
        ClusterAnalysisOptions.Require(CopyPasteFullShare is > 0 and <= 1, "Scoring.CopyPasteFullShare", "must be in (0, 1]");
        var known = SignalNames.Coordination.Concat(SignalNames.Profile).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, weight) in Weights)
        {
            ClusterAnalysisOptions.Require(known.Contains(name), "Scoring.Weights", $"names an unknown signal '{name}'");
            ClusterAnalysisOptions.Require(weight is >= 0 and <= 1, "Scoring.Weights", $"gives '{name}' a weight outside [0, 1] ({weight:0.###})");
        }

        var profile = SignalNames.Profile.Sum(WeightOf);
        ClusterAnalysisOptions.Require(profile <= 1 + 1e-6, "Scoring.Weights", $"must give the profile signals at most 1 in all (they sum to {profile:0.###})");
        ClusterAnalysisOptions.Require(SignalNames.Coordination.Any(n => WeightOf(n) > 0), "Scoring.Weights", "must give at least one coordination signal a weight above 0");
    }
}
