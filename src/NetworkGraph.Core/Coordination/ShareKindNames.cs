using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Coordination;

/// <summary>The two names of each coordination kind: the command line's (<c>co-tweet</c>) and the one the cluster
/// stage, the exports and Neo4j use (<c>co_tweet</c>).</summary>
public static class ShareKindNames
{
    private static readonly (ShareKind Kind, string Cli, string Cluster)[] Table =
    [
        (ShareKind.Retweet, "co-retweet", CoordinationKinds.CoRetweet),
        (ShareKind.Text, "co-tweet", CoordinationKinds.CoTweet),
        (ShareKind.SimilarText, "co-similar", CoordinationKinds.CoSimilarTweet),
        (ShareKind.Url, "co-link", CoordinationKinds.CoLink),
        (ShareKind.Domain, "co-domain", CoordinationKinds.CoDomain),
        (ShareKind.Hashtag, "co-hashtag", CoordinationKinds.CoHashtag),
        (ShareKind.Mention, "co-mention", CoordinationKinds.CoMention),
        (ShareKind.ReplyParent, "co-reply", CoordinationKinds.CoReply),
        (ShareKind.Activity, "co-post", CoordinationKinds.CoPost),
    ];

    /// <summary>Every command-line name.</summary>
    public static IEnumerable<string> CliNames => Table.Select(t => t.Cli);

    /// <summary>The command-line name, e.g. "co-tweet".</summary>
    public static string CliName(ShareKind kind) => Row(kind).Cli;

    /// <summary>The name the cluster stage, the exports and Neo4j use, e.g. "co_tweet".</summary>
    public static string ClusterName(ShareKind kind) => Row(kind).Cluster;

    /// <summary>Parses a comma-separated list of kind names (either form, any case); throws naming the unknown one.</summary>
    public static IReadOnlyList<ShareKind> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var kinds = new List<ShareKind>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Table.FirstOrDefault(t => string.Equals(t.Cli, part, StringComparison.OrdinalIgnoreCase) ||
                                                  string.Equals(t.Cluster, part, StringComparison.OrdinalIgnoreCase));
            if (match.Cli is null)
            {
                throw new FormatException($"unknown coordination kind '{part}' (known: {string.Join(", ", CliNames)})");
            }

            if (!kinds.Contains(match.Kind))
            {
                kinds.Add(match.Kind);
            }
        }

        return kinds.Count == 0 ? throw new FormatException("no coordination kind given") : kinds;
    }

    private static (ShareKind Kind, string Cli, string Cluster) Row(ShareKind kind)
    {
        foreach (var row in Table)
        {
            if (row.Kind == kind)
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown coordination kind");
    }
}
