using NetworkGraph.Core.Clustering.Profiles;

namespace NetworkGraph.Core.Clustering;

/// <summary>Computes a cluster's profile signals: languages, gazetteer and lexicon matches, creation bursts, rhythm, holidays.</summary>
internal sealed class ProfileSignalCalculator
{
    private const string Unknown = "und";
    private readonly AnalysisProfile _profile;
    private readonly ClusterAnalysisOptions _options;
    private readonly IReadOnlyList<TermMatcher> _gazetteers;
    private readonly IReadOnlyList<TermMatcher> _lexicons;

    public ProfileSignalCalculator(AnalysisProfile profile, ClusterAnalysisOptions options)
    {
        _profile = profile;
        _options = options;
        _gazetteers = profile.Gazetteers.Select(g => new TermMatcher(g)).ToArray();
        _lexicons = profile.Lexicons.Select(l => new TermMatcher(l)).ToArray();
    }

    public ProfileSignals Compute(ClusterContext ctx)
    {
        var size = ctx.Members.Count;
        var cache = new Dictionary<string, string>(StringComparer.Ordinal);
        string Lang(string? code) => code is null ? Unknown : cache.TryGetValue(code, out var l) ? l : cache[code] = Language(code);
        var table = ctx.Table;
        var postLanguage = new string[ctx.Count];
        for (var i = 0; i < postLanguage.Length; i++)
        {
            postLanguage[i] = Lang(table.StringAt(table.Languages[ctx.Row(i)]));
        }

        var accountLanguages = Shares(ctx.Accounts.Select(a => Lang(a.Language)), size);
        var postLanguages = Shares(postLanguage, ctx.Count);
        var dominant = Enumerable.Range(0, ctx.Count)
            .GroupBy(ctx.Author)
            .Select(g => DominantLanguage(g.Select(i => postLanguage[i])))
            .ToArray();
        var dominantShares = Shares(dominant, dominant.Length);
        var targets = _profile.TargetLanguages.Select(Language).ToHashSet(StringComparer.Ordinal);
        var targetShare = dominant.Length > 0 ? dominant.Count(targets.Contains) / (double)dominant.Length : 0;

        var (bursts, burstShare) = TemporalSignals.CreationBursts(ctx, _options.CreationBursts);
        return new ProfileSignals(
            accountLanguages,
            postLanguages,
            dominantShares,
            targetShare,
            Matches(ctx, _gazetteers, a => a.Location),
            Matches(ctx, _lexicons, a => a.Bio),
            bursts,
            burstShare,
            TemporalSignals.Rhythm(ctx, _profile),
            TemporalSignals.Holidays(ctx, _profile, _options.Holidays));
    }

    public string LanguageLabel(string code) => _profile.LanguageNames.TryGetValue(code, out var name) ? name : code;

    private static IReadOnlyList<ProfileMatch> Matches(
        ClusterContext ctx,
        IReadOnlyList<TermMatcher> matchers,
        Func<NetworkGraph.Core.Model.Account, string?> field)
    {
        var result = new List<ProfileMatch>();
        foreach (var matcher in matchers)
        {
            var ids = new List<string>();
            var terms = new ObjectCounter();
            foreach (var account in ctx.Accounts)
            {
                var found = matcher.Match(field(account));
                if (found.Count == 0)
                {
                    continue;
                }

                ids.Add(account.Id);
                foreach (var term in found)
                {
                    terms.Add(term, term);
                }
            }

            ids.Sort(StringComparer.Ordinal);
            var share = ctx.Members.Count > 0 ? ids.Count / (double)ctx.Members.Count : 0;
            result.Add(new ProfileMatch(matcher.Set.Id, matcher.Set.Label, ids.Count, share, terms.Top(int.MaxValue), ids));
        }

        return result;
    }

    private IReadOnlyList<ShareCount> Shares(IEnumerable<string> keys, int total) =>
        keys.GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ShareCount(g.Key, LanguageLabel(g.Key), g.Count, total > 0 ? g.Count / (double)total : 0))
            .ToArray();

    private static string DominantLanguage(IEnumerable<string> languages)
    {
        var known = languages.Where(l => l != Unknown).ToArray();
        if (known.Length == 0)
        {
            return Unknown;
        }

        return known.GroupBy(l => l, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }

    /// <summary>Lower-case primary subtag ("az-Latn" -> "az"); missing, "und" and "zxx" become "und".</summary>
    internal static string Language(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return Unknown;
        }

        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary is "" or "und" or "zxx" or "qme" or "qht" or "qam" or "qct" or "qst" ? Unknown : primary;
    }
}
