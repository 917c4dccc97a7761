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
        var accountLanguages = Shares(ctx.Accounts.Select(a => Lang(a.Language)), size);

        // Posts' languages as small numbers (each pool string looked at once), counted per post and per author.
        var table = ctx.Table;
        var labelPool = new StringPool();
        var ofPool = new Dictionary<int, int>();
        var authorOf = ctx.AuthorIndexes;
        var postLanguage = new int[ctx.Count];
        for (var i = 0; i < postLanguage.Length; i++)
        {
            var pool = table.Languages[ctx.Row(i)];
            ref var label = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ofPool, pool, out var seen);
            if (!seen)
            {
                label = labelPool.Intern(Lang(table.StringAt(pool)));
            }

            postLanguage[i] = label;
        }

        var labels = labelPool.Strings;
        var postCounts = new int[labels.Count];
        var perAuthor = new int[ctx.AuthorCount * labels.Count];
        for (var i = 0; i < postLanguage.Length; i++)
        {
            postCounts[postLanguage[i]]++;
            perAuthor[(authorOf[i] * labels.Count) + postLanguage[i]]++;
        }

        var postLanguages = Shares(labels, postCounts, ctx.Count);
        var dominantCounts = new int[labels.Count + 1];
        for (var a = 0; a < ctx.AuthorCount; a++)
        {
            var d = DominantLanguage(labels, perAuthor.AsSpan(a * labels.Count, labels.Count));
            dominantCounts[d < 0 ? labels.Count : d]++;
        }

        // The dominant language "und" of an author without a known one counts with the posts' "und" when they have one.
        var dominantLabels = new List<string>(labels) { Unknown };
        var unknown = dominantLabels.IndexOf(Unknown); // the one added when no post's language is unknown
        if (unknown < labels.Count)
        {
            dominantCounts[unknown] += dominantCounts[labels.Count];
            dominantCounts[labels.Count] = 0;
        }

        var authors = ctx.AuthorCount;
        var dominantShares = Shares(dominantLabels, dominantCounts, authors);
        var targets = _profile.TargetLanguages.Select(Language).ToHashSet(StringComparer.Ordinal);
        var inTarget = 0;
        for (var l = 0; l < dominantLabels.Count; l++)
        {
            inTarget += targets.Contains(dominantLabels[l]) ? dominantCounts[l] : 0;
        }

        var targetShare = authors > 0 ? inTarget / (double)authors : 0;

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

    /// <summary>Shares of distinct labels with their counts (labels counted 0 left out), most frequent first, then by label.</summary>
    private IReadOnlyList<ShareCount> Shares(IReadOnlyList<string> labels, int[] counts, int total) =>
        Enumerable.Range(0, labels.Count)
            .Where(l => counts[l] > 0)
            .Select(l => (Key: labels[l], Count: counts[l]))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ShareCount(g.Key, LanguageLabel(g.Key), g.Count, total > 0 ? g.Count / (double)total : 0))
            .ToArray();

    private IReadOnlyList<ShareCount> Shares(IEnumerable<string> keys, int total) =>
        keys.GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ShareCount(g.Key, LanguageLabel(g.Key), g.Count, total > 0 ? g.Count / (double)total : 0))
            .ToArray();

    /// <summary>The index of the most frequent known language in <paramref name="counts"/> (ties: the ordinally first
    /// label); -1 when all are unknown.</summary>
    private static int DominantLanguage(IReadOnlyList<string> labels, ReadOnlySpan<int> counts)
    {
        var best = -1;
        for (var l = 0; l < counts.Length; l++)
        {
            if (counts[l] == 0 || labels[l] == Unknown)
            {
                continue;
            }

            if (best < 0 || counts[l] > counts[best] || (counts[l] == counts[best] && string.CompareOrdinal(labels[l], labels[best]) < 0))
            {
                best = l;
            }
        }

        return best;
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
