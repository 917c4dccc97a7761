using System.Globalization;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Structure;

/// <summary>Builds one operation's directed amplification graph from its members' posts, has it ranked and
/// decomposed, and summarises the result.</summary>
public static class AmplificationSummarizer
{
    /// <summary>Accounts listed in each ranking.</summary>
    public const int Top = 10;

    /// <summary>The summary of <paramref name="operation"/>, whose members' posts make <paramref name="graph"/>.</summary>
    public static AmplificationSummary Summarize(
        SnapshotOperation operation,
        IReadOnlySet<string> members,
        AmplificationGraph graph,
        IReadOnlyDictionary<string, string> labels,
        DirectedRanker ranker)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(ranker);

        // One link per (amplifier, target) over all kinds (the builder already leaves out self-amplification).
        var counts = new SortedDictionary<(int, int), int>();
        foreach (var e in graph.Edges)
        {
            counts[(e.Source, e.Target)] = counts.GetValueOrDefault((e.Source, e.Target)) + e.Count;
        }

        var dense = new Dictionary<int, int>();
        var ids = new List<string>();
        int Dense(int v)
        {
            if (!dense.TryGetValue(v, out var d))
            {
                dense[v] = d = ids.Count;
                ids.Add(graph.AccountIds[v]);
            }

            return d;
        }

        var sources = new int[counts.Count];
        var targets = new int[counts.Count];
        var received = new List<int>();
        var made = new List<int>();
        var i = 0;
        foreach (var ((s, t), count) in counts)
        {
            sources[i] = Dense(s);
            targets[i] = Dense(t);
            Grow(received, ids.Count)[targets[i]] += count;
            Grow(made, ids.Count)[sources[i]] += count;
            i++;
        }

        var ranks = ranker(ids.Count, sources, targets);
        var rings = Rings(ranks.Component);
        var accounts = ids.Select((id, v) => new AmplifiedAccount(id, ranks.TargetRank[v], ranks.AmplifierRank[v], rings.GetValueOrDefault(ranks.Component[v]), ranks.Core[v])).ToArray();
        var links = counts.Select(kv => new AmplificationLink(graph.AccountIds[kv.Key.Item1], graph.AccountIds[kv.Key.Item2], kv.Value)).ToArray();
        var maxCore = ranks.Core.Count == 0 ? 0 : ranks.Core.Max();
        var ringSizes = ranks.Component.Where(c => rings.ContainsKey(c)).GroupBy(c => c).Select(g => g.Count()).OrderDescending().ToArray();
        RankedAccount[] Ranked(IReadOnlyList<double> rank, List<int> interactions) => Enumerable.Range(0, ids.Count)
            .Where(v => interactions[v] > 0)
            .OrderByDescending(v => rank[v])
            .ThenByDescending(v => interactions[v])
            .ThenBy(v => ids[v], StringComparer.Ordinal)
            .Take(Top)
            .Select((v, r) => new RankedAccount(ids[v], labels.GetValueOrDefault(ids[v]) ?? ids[v], r + 1, rank[v], interactions[v], members.Contains(ids[v])))
            .ToArray();

        var topTargets = Ranked(ranks.TargetRank, Grow(received, ids.Count));
        var topAmplifiers = Ranked(ranks.AmplifierRank, Grow(made, ids.Count));
        var interactionsTotal = counts.Values.Sum();
        var coreAccounts = ranks.Core.Count(c => c == maxCore && maxCore > 0);
        return new AmplificationSummary(
            operation.Id,
            interactionsTotal,
            topTargets,
            topAmplifiers,
            ringSizes,
            maxCore,
            coreAccounts,
            Narrate(operation, ids.Count, links.Length, interactionsTotal, topTargets, ringSizes, maxCore, coreAccounts))
        {
            Accounts = accounts,
            Links = links,
        };
    }

    private static List<int> Grow(List<int> list, int size)
    {
        while (list.Count < size)
        {
            list.Add(0);
        }

        return list;
    }

    /// <summary>Component id -> 1-based ring number, for components of two vertices or more (largest first, then lowest id).</summary>
    private static Dictionary<int, int> Rings(IReadOnlyList<int> component) => component
        .GroupBy(c => c)
        .Where(g => g.Count() >= 2)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key)
        .Select((g, i) => (g.Key, Ring: i + 1))
        .ToDictionary(x => x.Key, x => x.Ring);

    private static string Narrate(
        SnapshotOperation operation, int accounts, int links, int interactions, RankedAccount[] targets, int[] rings, int maxCore, int coreAccounts)
    {
        if (links == 0)
        {
            return $"{operation.Id}: its members retweeted, quoted, replied to or mentioned no account.";
        }

        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{operation.Id}: {interactions:N0} retweets, quotes, replies and mentions along {links:N0} amplifier-target links among {accounts:N0} accounts. ");
        text += "Most amplified (PageRank): " + Wording.List(targets.Take(3).Select(t => t.Label + (t.Member ? " (member)" : ""))) + ". ";
        text += rings.Length == 0
            ? "No mutual-amplification ring. "
            : string.Create(CultureInfo.InvariantCulture, $"Mutual-amplification rings: {Wording.Count(rings.Length)}, the largest of {rings[0]:N0} accounts. ");
        return text + string.Create(
            CultureInfo.InvariantCulture, $"Its densest core: {coreAccounts:N0} accounts each tied to at least {Wording.Counted(maxCore, "other", "others")} of it.");
    }
}
