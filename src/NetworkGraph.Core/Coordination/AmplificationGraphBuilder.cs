using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Coordination;

/// <summary>Builds the direct amplification graph from the interactions recorded in a share table.</summary>
public static class AmplificationGraphBuilder
{
    /// <summary>Builds the graph straight from posts.</summary>
    public static AmplificationGraph Build(IEnumerable<Post> posts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var builder = new ShareTableBuilder(new ShareTableOptions { Kinds = [] });
        builder.AddRange(posts, cancellationToken);
        return Build(builder.Build(), cancellationToken);
    }

    /// <summary>Builds the graph from rows <paramref name="rows"/> (in that order) of a post table: the graph
    /// <see cref="Build(IEnumerable{Post}, CancellationToken)"/> builds from those rows as posts (the same interactions
    /// as a share table collects, accounts numbered in the same order), without a post object or a share table.</summary>
    public static AmplificationGraph Build(ClusterPosts posts, IEnumerable<int> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(rows);
        var accounts = new ColumnAccounts(posts.Strings);
        var interactions = new InteractionColumns();
        var seen = new List<int>();
        var steps = 0;
        foreach (var r in rows)
        {
            if ((++steps & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // As the share table: the author numbered first, then the referenced author, then the mentioned accounts.
            var actor = accounts.Of(posts.Authors[r]);
            var kind = posts.Kinds[r];
            var ms = new DateTimeOffset(posts.Ticks[r], TimeSpan.Zero).ToUnixTimeMilliseconds();
            if (InteractionRules.WithReferencedAuthor(kind) is { } interaction
                && posts.ReferencedAuthors[r] is var referenced && referenced >= 0 && posts.Strings[referenced].Length > 0)
            {
                interactions.Add(actor, accounts.Of(referenced), interaction, ms);
            }

            if (!InteractionRules.CountsMentions(kind))
            {
                continue;
            }

            // Each distinct mentioned account once (an account is one normalised mention).
            seen.Clear();
            foreach (var m in posts.Mentions.Of(r))
            {
                if (accounts.OfMention(m) is var target && target >= 0 && !seen.Contains(target))
                {
                    seen.Add(target);
                    interactions.Add(actor, target, InteractionKind.Mention, ms);
                }
            }
        }

        return Build(accounts.Ids, interactions, cancellationToken);
    }

    /// <summary>Aggregates the table's interactions per (actor, target, kind) with counts and first/last times.</summary>
    public static AmplificationGraph Build(ShareTable table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Build(table.AccountIds, table.Interactions, cancellationToken);
    }

    private static AmplificationGraph Build(IReadOnlyList<string> accountIds, InteractionColumns interactions, CancellationToken cancellationToken)
    {
        var n = interactions.Count;
        var keys = new ulong[n];
        var items = new int[n];
        var actor = interactions.Actor;
        var target = interactions.Target;
        var kind = interactions.Kind;
        for (var i = 0; i < n; i++)
        {
            // actor (32 bits) | target (30 bits) | kind (2 bits): ordering by key orders by (source, target, kind).
            keys[i] = ((ulong)(uint)actor[i] << 32) | ((ulong)(uint)target[i] << 2) | kind[i];
            items[i] = i;
        }

        cancellationToken.ThrowIfCancellationRequested();
        RadixSort.Sort(keys, items, new ulong[n], new int[n], 0, 64);
        var time = interactions.Time;
        var edges = new List<AmplificationEdge>();
        var start = 0;
        while (start < n)
        {
            var end = start;
            long first = long.MaxValue, last = long.MinValue;
            for (; end < n && keys[end] == keys[start]; end++)
            {
                first = Math.Min(first, time[items[end]]);
                last = Math.Max(last, time[items[end]]);
            }

            edges.Add(new AmplificationEdge(
                (int)(keys[start] >> 32),
                (int)((uint)keys[start] >> 2),
                (InteractionKind)(keys[start] & 3),
                end - start,
                DateTimeOffset.FromUnixTimeMilliseconds(first),
                DateTimeOffset.FromUnixTimeMilliseconds(last)));
            start = end;
        }

        return new AmplificationGraph(accountIds, edges);
    }

    /// <summary>Accounts numbered in order of first use, as the share table numbers them, found from a post table's
    /// pooled strings (each string looked up once): an author or referenced author by its id, a mention by the
    /// account it names once normalised as the share table normalises it.</summary>
    private sealed class ColumnAccounts(IReadOnlyList<string> strings)
    {
        private readonly IdIndex _index = new();
        private readonly Dictionary<int, int> _ofString = [];
        private readonly Dictionary<int, int> _ofMention = [];

        public IReadOnlyList<string> Ids => _index.Ids;

        /// <summary>The account of pooled id <paramref name="s"/>.</summary>
        public int Of(int s)
        {
            ref var account = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ofString, s, out var seen);
            if (!seen)
            {
                account = _index.GetOrAdd(strings[s]);
            }

            return account;
        }

        /// <summary>The account pooled mention <paramref name="s"/> names; -1 when it normalises to nothing.</summary>
        public int OfMention(int s)
        {
            ref var account = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ofMention, s, out var seen);
            if (!seen)
            {
                var mention = ShareTableBuilder.NormalizeMention(strings[s]);
                account = string.IsNullOrEmpty(mention) ? -1 : _index.GetOrAdd(mention);
            }

            return account;
        }
    }
}
