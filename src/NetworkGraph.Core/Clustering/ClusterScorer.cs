namespace NetworkGraph.Core.Clustering;

/// <summary>
/// Turns a cluster's measures into coordination evidence in [0, 1] with one explained contribution per signal. Each
/// coordination signal is measured against chance; the signals combine as independent evidence of coordination in any
/// mode, 1 - prod(1 - weight * value), so one strong channel is enough and an unused or unmeasurable channel costs
/// nothing. Profile signals are scored beside it: they rank and explain clusters but never flag one.
/// </summary>
internal sealed class ClusterScorer
{
    private const string Coordination = "coordination";
    private const string ProfileCategory = "profile";
    private const double Tolerance = 1e-9;

    /// <summary>One-sided 99% (the pair test's own level): the fast shares are taken at their lower bound over the co-shares behind them.</summary>
    private const double ConfidenceZ = 2.326;

    /// <summary>Contributions below this print as +0.00: the verdict leaves them out (and a profile part below it).</summary>
    private const double Shown = 0.005;
    private readonly ClusterAnalysisOptions _options;
    private readonly IReadOnlyList<string> _targetLanguageLabels;

    private readonly EdgeTimingInfo _timing;

    public ClusterScorer(ClusterAnalysisOptions options, IReadOnlyList<string> targetLanguageLabels, EdgeTimingInfo timing)
    {
        _options = options;
        _targetLanguageLabels = targetLanguageLabels;
        _timing = timing;
    }

    public ClusterScore Score(ClusterMetrics m, ProfileSignals p)
    {
        var o = _options;
        var fast = Wording.Seconds(o.FastDtSeconds);
        var kinds = string.Join('/', o.FastKinds.Union(o.TextKinds, StringComparer.Ordinal));
        var required = PostTimingDetectors.Required(m.Size, o);
        var located = p.Locations.SelectMany(l => l.AccountIds).Distinct(StringComparer.Ordinal).Count();
        var declared = p.Lexicons.SelectMany(l => l.AccountIds).Distinct(StringComparer.Ordinal).Count();
        var share = (int n) => m.Size > 0 ? n / (double)m.Size : 0;

        // With a known window, an edge is fast when its co-shares are closer than chance at level alpha: independent
        // sharing makes at most that share of the weight fast, so only the excess over it is evidence.
        var tested = _timing.WindowSeconds is { } w && w > o.FastDtSeconds;
        var chanceFast = tested ? o.CoShareAlpha : 0;
        var window = tested
            ? $"closer together than chance (p <= {Wording.Num(o.CoShareAlpha)} against independent sharing within the {Wording.Seconds(_timing.WindowSeconds!.Value)} window, mean gap at most {Wording.Seconds(o.CoShareMaxGapShare * _timing.WindowSeconds.Value)})"
            : $"within {fast} of each other";
        var against = tested ? $" against at most {Wording.Pct(chanceFast)} by chance" : "";
        var scale = m.CoShareMedianDtSeconds is { } gap ? $"; median gap {Wording.Seconds(gap)}: the cluster coordinates {Wording.TimeScale(gap)}" : "";
        // A handful of co-shares proves little (and among many small groups some look fast by chance): the shares count
        // at their lower confidence bound over the co-share weight behind them. And an operation's members coordinate,
        // not one heavy pair inside a large community (two accounts of one owner cross-posting): the share is capped
        // by the share of members that have a co-share partner closer than chance.
        var coShares = m.InternalWeight * m.KindShares.Where(k => o.IsCoShareKind(k.Key)).Sum(k => k.Value);
        var taking = share(m.FastMembers);
        var fastLow = Math.Min(RobustStats.WilsonLower(m.FastWeightShare, coShares, ConfidenceZ), taking);
        var fastCopyLow = Math.Min(RobustStats.WilsonLower(m.FastCopyWeightShare, coShares, ConfidenceZ), taking);
        var bound = $"at least {Wording.Pct(RobustStats.WilsonLower(m.FastWeightShare, coShares, ConfidenceZ))} at 99% confidence over "
            + $"{Wording.Int((int)Math.Round(coShares))} co-shares; {Wording.Int(m.FastMembers)} of its {Wording.Int(m.Size)} members ({Wording.Pct(taking)}) have such a partner, "
            + $"counted as {Wording.Pct(fastLow)}";
        var fastExcess = Excess(fastLow, chanceFast);
        var fastCopyExcess = Excess(fastCopyLow, chanceFast);
        var copyExcess = Math.Max(0, m.CopyPasteShare - m.ExpectedCopyPasteShare);
        var syncExcess = Excess(m.SynchronisedShare, m.ExpectedSynchronisedShare);
        var chance = "expected by chance from the same members' posts with each member's timeline moved by whole days";

        var signals = new List<SignalContribution>
        {
            Signal(SignalNames.FastCopyEdges, Coordination, fastCopyExcess,
                $"{Wording.Pct(m.FastCopyWeightShare)} of the {kinds} co-share weight inside the cluster links members who posted the same or near-identical text {window} ({Wording.Pct(fastCopyLow)} at 99% confidence){against}."),
            Signal(SignalNames.FastEdges, Coordination, Math.Min(1, fastExcess / o.Scoring.FastEdgesFullShare),
                $"{Wording.Pct(m.FastWeightShare)} of the {kinds} co-share weight inside the cluster comes from member pairs whose co-shares came {window} ({bound}){against}{scale} "
                + $"(full marks from {Wording.Pct(o.Scoring.FastEdgesFullShare)} above chance)."),
            m.ComparableTextPosts > 0
                ? Signal(SignalNames.CopyPaste, Coordination, Math.Min(1, copyExcess / o.Scoring.CopyPasteFullShare),
                    $"{Wording.Pct(m.CopyPasteShare)} of its {Wording.Int(m.PostCount)} posts were copy-pasted (another member posted the same text within "
                    + $"{Wording.Seconds(o.CopyWindowSeconds)}) against {Wording.Pct(m.ExpectedCopyPasteShare)} {chance}: {Wording.Pct(copyExcess)} above chance "
                    + $"(full marks from {Wording.Pct(o.Scoring.CopyPasteFullShare)}).")
                : Unmeasured(SignalNames.CopyPaste, $"Not measurable: none of its {Wording.Int(m.PostCount)} posts has a text of at least "
                    + $"{Wording.Int(o.MinCopyTextLength)} characters to compare (retweets and share tables carry none), so it neither adds nor counts against the cluster."),
            Signal(SignalNames.SynchronisedBursts, Coordination, syncExcess,
                $"{Wording.Pct(m.SynchronisedShare)} of its posts fall in {Wording.Seconds(o.SyncWindowSeconds)} windows where at least {Wording.Int(required)} members posted together, "
                + $"against {Wording.Pct(m.ExpectedSynchronisedShare)} {chance}: {Wording.Pct(syncExcess)} of the room above chance."),
            Signal(SignalNames.ProfileLanguage, ProfileCategory, p.TargetLanguageShare, _targetLanguageLabels.Count == 0
                ? "No target language is configured in the profile."
                : $"{Wording.Pct(p.TargetLanguageShare)} of members post mostly in {Wording.List(_targetLanguageLabels)}."),
            Signal(SignalNames.DeclaredLocation, ProfileCategory, share(located), p.Locations.Count == 0
                ? "No gazetteer is configured in the profile."
                : $"{Wording.Int(located)} members ({Wording.Pct(share(located))}) declare a location matching the gazetteers ({Wording.List(p.Locations.Select(l => l.Label))})."),
            Signal(SignalNames.BioLexicon, ProfileCategory, share(declared), p.Lexicons.Count == 0
                ? "No lexicon is configured in the profile."
                : $"{Wording.Int(declared)} members ({Wording.Pct(share(declared))}) have a bio matching the lexicons ({Wording.List(p.Lexicons.Select(l => l.Label))})."),
            Signal(SignalNames.CreationBursts, ProfileCategory, p.CreationBurstShare, p.CreationBursts.Count == 0
                ? "No burst of account creation dates was found."
                : $"{Wording.Pct(p.CreationBurstShare)} of members with a known creation date were created in {Wording.Counted(p.CreationBursts.Count, "burst", "bursts")}."),
            Signal(SignalNames.HolidaySilence, ProfileCategory, p.Holidays.Silence, p.Holidays.Measurable == 0
                ? "No holiday in the active period could be measured."
                : $"On {Wording.Counted(p.Holidays.Measurable, "measurable holiday", "measurable holidays")} the cluster posted {Wording.Pct(p.Holidays.Silence)} less than on the days around them."),
        };

        if (!_timing.Measurable)
        {
            signals = WithoutTiming(signals);
        }

        signals = Combined(signals);
        var coordination = Math.Clamp(signals.Where(s => s.Category == Coordination).Sum(s => s.Contribution), 0, 1);
        var profile = signals.Where(s => s.Category == ProfileCategory).Sum(s => s.Contribution);
        var flagged = coordination >= o.Scoring.Threshold - Tolerance;
        return new ClusterScore(coordination, flagged, o.Scoring.Threshold, coordination, profile, signals, Verdict(m, coordination, flagged, profile, signals));
    }

    /// <summary>How far <paramref name="observed"/> rises above <paramref name="expected"/>, as a share of the room above it.</summary>
    private static double Excess(double observed, double expected) =>
        expected < 1 ? Math.Clamp((observed - expected) / (1 - expected), 0, 1) : 0;

    private SignalContribution Signal(string name, string category, double value, string sentence)
    {
        var v = Math.Clamp(value, 0, 1);
        var w = _options.Scoring.WeightOf(name);
        return new SignalContribution(name, category, v, w, v * w, sentence);
    }

    private static SignalContribution Unmeasured(string name, string why) => new(name, Coordination, 0, 0, 0, why);

    /// <summary>Leaves the mean-dt signals out (weight 0): every edge of a narrow window is fast by construction.</summary>
    private List<SignalContribution> WithoutTiming(List<SignalContribution> signals)
    {
        var window = _timing.WindowSeconds is { } w ? "a " + Wording.Seconds(w) + " window" : "a window";
        var why = $"Not measurable: the edges came from {window}, no wider than the {Wording.Seconds(_options.FastDtSeconds)} fast threshold, "
            + "so every edge is fast by construction; the other signals decide.";
        return signals.Select(s => s.Name is SignalNames.FastCopyEdges or SignalNames.FastEdges ? Unmeasured(s.Name, why) : s).ToList();
    }

    /// <summary>
    /// Combines the coordination signals as independent evidence, strongest first: each contributes what it adds to
    /// the evidence of the ones before it, weight * value * prod(1 - weight * value of those), so the contributions sum
    /// to 1 - prod(1 - weight * value). Profile signals keep value * weight.
    /// </summary>
    private static List<SignalContribution> Combined(List<SignalContribution> signals)
    {
        var order = signals.Where(s => s.Category == Coordination)
            .OrderByDescending(s => s.Value * s.Weight)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
        var remaining = 1.0;
        var added = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in order)
        {
            added[s.Name] = remaining * s.Value * s.Weight;
            remaining *= 1 - (s.Value * s.Weight);
        }

        return signals.Select(s => added.TryGetValue(s.Name, out var c) ? s with { Contribution = c } : s).ToList();
    }

    private string Verdict(ClusterMetrics m, double coordination, bool flagged, double profile, IReadOnlyList<SignalContribution> signals)
    {
        var threshold = _options.Scoring.Threshold;
        var top = signals.Where(x => x.Category == Coordination && x.Contribution >= Shown)
            .OrderByDescending(x => x.Contribution)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(x => $"{x.Name} (+{Wording.Score(x.Contribution)})")
            .ToArray();
        var drivers = top.Length > 0 ? Wording.List(top) : "no coordination signal above chance";
        var profileNote = profile >= Shown ? $" Profile signals ({Wording.Score(profile)}) rank and explain clusters; they never flag one." : "";
        if (flagged)
        {
            return $"Flagged as an amplification network: coordination evidence {Wording.Score(coordination)} >= {Wording.Score(threshold)} "
                + $"(each signal measured against chance; one strong channel is enough), from {drivers}{Mode(m)}.{profileNote}";
        }

        return $"Not flagged: coordination evidence {Wording.Score(coordination)} < {Wording.Score(threshold)}; strongest: {drivers}.{profileNote}";
    }

    /// <summary>"; it coordinates within minutes (median gap 4.9 min), mostly by co_retweet (99%)" when known.</summary>
    private static string Mode(ClusterMetrics m)
    {
        var parts = new List<string>();
        if (m.CoShareMedianDtSeconds is { } gap)
        {
            parts.Add($"it coordinates {Wording.TimeScale(gap)} (median gap {Wording.Seconds(gap)})");
        }

        if (m.KindShares.Count > 0)
        {
            var (kind, kindShare) = m.KindShares.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal).First();
            parts.Add($"mostly by {kind} ({Wording.Pct(kindShare)} of its internal edge weight)");
        }

        return parts.Count > 0 ? "; " + string.Join(", ", parts) : "";
    }
}

/// <summary>Whether edge mean dt is informative, and the edges' window when the caller gave it.</summary>
internal sealed record EdgeTimingInfo(bool Measurable, double? WindowSeconds);
