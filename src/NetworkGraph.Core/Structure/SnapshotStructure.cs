using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Structure;

/// <summary>The structure above clusters that a snapshot carries: operations, and who amplifies whom inside each
/// flagged one.</summary>
public static class SnapshotStructure
{
    /// <summary><paramref name="snapshot"/> with its operations (grouped on <paramref name="input"/>'s edges) and,
    /// for each flagged operation, its amplification summary computed with <paramref name="ranker"/>.</summary>
    public static Snapshot Attach(
        Snapshot snapshot, ClusterInput input, DirectedRanker ranker, OperationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(ranker);
        var operations = OperationGrouper.Group(snapshot.Clusters, input.Edges, options);
        var grouped = snapshot with { Operations = operations };
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in input.Accounts.Where(a => !string.IsNullOrEmpty(a.Handle)))
        {
            labels[a.Id] = "@" + a.Handle;
        }

        var flagged = operations.Where(o => o.Flagged).ToArray();
        var memberSets = flagged.Select(o => grouped.MembersOf(o).ToHashSet(StringComparer.Ordinal)).ToArray();
        var postsOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < flagged.Length; i++)
        {
            foreach (var m in memberSets[i])
            {
                postsOf[m] = i;
            }
        }

        var posts = PostsByOperation(input, postsOf, flagged.Length);
        var summaries = flagged
            .Select((o, i) => AmplificationSummarizer.Summarize(o, memberSets[i], posts[i], labels, ranker, cancellationToken))
            .ToArray();
        return grouped with { Amplification = summaries };
    }

    /// <summary>The posts of each flagged operation's members (by the operation's position in <paramref name="postsOf"/>),
    /// in input order. From the post columns, an author is looked up once per pooled string rather than once per post.</summary>
    private static List<Post>[] PostsByOperation(ClusterInput input, Dictionary<string, int> postsOf, int operations)
    {
        var result = new List<Post>[operations];
        for (var i = 0; i < operations; i++)
        {
            result[i] = [];
        }

        if (input.PostColumns is not { } table)
        {
            foreach (var post in input.Posts)
            {
                if (postsOf.TryGetValue(post.AuthorId, out var i))
                {
                    result[i].Add(post);
                }
            }

            return result;
        }

        // -2: not looked up yet; -1: no flagged operation's member.
        var operationOf = new int[table.Strings.Count];
        Array.Fill(operationOf, -2);
        for (var r = 0; r < table.Count; r++)
        {
            var author = table.Authors[r];
            if (operationOf[author] == -2)
            {
                operationOf[author] = postsOf.GetValueOrDefault(table.Strings[author], -1);
            }

            if (operationOf[author] >= 0)
            {
                result[operationOf[author]].Add(table.ToPost(r));
            }
        }

        return result;
    }
}
