namespace NetworkGraph.Core.Clustering;

/// <summary>Turns a cluster's measures into a score in [0, 1] with one explained contribution per signal.</summary>
internal sealed class ClusterScorer
{
    private const string Coordination = "coordination";
    private const string ProfileCategory = "profile";
    private const double Tolerance = 1e-9;
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

        var window = _timing.WindowSeconds is { } w && w > o.FastDtSeconds
            ? $"closer together than chance (p <= {Wording.Num(o.CoShareAlpha)} against independent sharing within the {Wording.Seconds(w)} window, mean gap at most {Wording.Seconds(o.CoShareMaxGapShare * w)})"
            : $"within {fast} of each other";
        var scale = m.CoShareMedianDtSeconds is { } gap ? $"; median gap {Wording.Seconds(gap)}: the cluster coordinates {Wording.TimeScale(gap)}" : "";
        var copyExcess = Math.Max(0, m.CopyPasteShare - m.ExpectedCopyPasteShare);
        var syncExcess = m.ExpectedSynchronisedShare < 1 ? Math.Max(0, m.SynchronisedShare - m.ExpectedSynchronisedShare) / (1 - m.ExpectedSynchronisedShare) : 0;
        var chance = "expected by chance from the same members' posts with each member's timeline moved by whole days";

        var signals = new List<SignalContribution>
        {
            Signal(SignalNames.FastCopyEdges, Coordination, m.FastCopyWeightShare,
                $"{Wording.Pct(m.FastCopyWeightShare)} of the {kinds} co-share weight inside the cluster links members who posted the same or near-identical text {window}."),
            Signal(SignalNames.FastEdges, Coordination, Math.Min(1, m.FastWeightShare / o.Scoring.FastEdgesFullShare),
                $"{Wording.Pct(m.FastWeightShare)} of the {kinds} co-share weight inside the cluster comes from member pairs whose co-shares came {window}{scale} "
                + $"(full marks from {Wording.Pct(o.Scoring.FastEdgesFullShare)})."),
            Signal(SignalNames.CopyPaste, Coordination, Math.Min(1, copyExcess / o.Scoring.CopyPasteFullShare),
                $"{Wording.Pct(m.CopyPasteShare)} of its {Wording.Int(m.PostCount)} posts were copy-pasted (another member posted the same text within "
                + $"{Wording.Seconds(o.CopyWindowSeconds)}) against {Wording.Pct(m.ExpectedCopyPasteShare)} {chance}: {Wording.Pct(copyExcess)} above chance "
                + $"(full marks from {Wording.Pct(o.Scoring.CopyPasteFullShare)})."),
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
            signals = Rescaled(signals);
        }

        var coordination = signals.Where(s => s.Category == Coordination).Sum(s => s.Contribution);
        var profile = signals.Where(s => s.Category == ProfileCategory).Sum(s => s.Contribution);
        var value = Math.Clamp(coordination + profile, 0, 1);
        // The tolerance keeps a score that sums to exactly the threshold (0.35 + 0.15 in binary) on the flagged side.
        var flagged = value >= o.Scoring.Threshold - Tolerance && coordination >= o.Scoring.CoordinationFloor - Tolerance;
        return new ClusterScore(value, flagged, o.Scoring.Threshold, coordination, profile, signals, Verdict(value, flagged, coordination, signals));
    }

    private SignalContribution Signal(string name, string category, double value, string sentence)
    {
        var v = Math.Clamp(value, 0, 1);
        var w = _options.Scoring.WeightOf(name);
        return new SignalContribution(name, category, v, w, v * w, sentence);
    }

    /// <summary>Leaves the mean-dt signals out (weight 0) and scales the other weights back up to a sum of 1.</summary>
    private List<SignalContribution> Rescaled(List<SignalContribution> signals)
    {
        var window = _timing.WindowSeconds is { } w ? "a " + Wording.Seconds(w) + " window" : "a window";
        var why = $"Not measurable: the edges came from {window}, no wider than the {Wording.Seconds(_options.FastDtSeconds)} fast threshold, "
            + "so every edge is fast by construction; the other weights were scaled up.";
        bool Timed(SignalContribution s) => s.Name is SignalNames.FastCopyEdges or SignalNames.FastEdges;
        var kept = signals.Where(s => !Timed(s)).Sum(s => s.Weight);
        return signals.Select(s => Timed(s) ? s with { Value = 0, Weight = 0, Contribution = 0, Sentence = why }
            : kept > 0 ? s with { Weight = s.Weight / kept, Contribution = s.Value * s.Weight / kept } : s).ToList();
    }

    private string Verdict(double value, bool flagged, double coordination, IReadOnlyList<SignalContribution> signals)
    {
        var s = _options.Scoring;
        var top = signals.Where(x => x.Contribution > 0)
            .OrderByDescending(x => x.Contribution)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(x => $"{x.Name} (+{Wording.Score(x.Contribution)})")
            .ToArray();
        var drivers = top.Length > 0 ? Wording.List(top) : "no signal";
        if (flagged)
        {
            return $"Flagged as an amplification network: score {Wording.Score(value)} >= {Wording.Score(s.Threshold)}, driven by {drivers}.";
        }

        if (value >= s.Threshold - Tolerance)
        {
            return $"Not flagged: score {Wording.Score(value)} reaches {Wording.Score(s.Threshold)} but coordination signals contribute only "
                + $"{Wording.Score(coordination)} (< {Wording.Score(s.CoordinationFloor)}); profile signals alone never flag a cluster.";
        }

        return $"Not flagged: score {Wording.Score(value)} < {Wording.Score(s.Threshold)}; strongest signals: {drivers}.";
    }
}

/// <summary>Whether edge mean dt is informative, and the edges' window when the caller gave it.</summary>
internal sealed record EdgeTimingInfo(bool Measurable, double? WindowSeconds);
