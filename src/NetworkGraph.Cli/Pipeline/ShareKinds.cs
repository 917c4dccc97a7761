using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Cli.Pipeline;

/// <summary>Names of coordination kinds on the command line and in the cluster stage.</summary>
internal static class ShareKinds
{
    private static readonly (ShareKind Kind, string Cli, string Cluster)[] Table =
    [
        (ShareKind.Retweet, "co-retweet", CoordinationKinds.CoRetweet),
        (ShareKind.Text, "co-tweet", CoordinationKinds.CoTweet),
        (ShareKind.SimilarText, "co-similar", CoordinationKinds.CoSimilarTweet),
        (ShareKind.Url, "co-link", CoordinationKinds.CoLink),
        (ShareKind.Domain, "co-domain", "co_domain"),
        (ShareKind.Hashtag, "co-hashtag", CoordinationKinds.CoHashtag),
        (ShareKind.Mention, "co-mention", "co_mention"),
        (ShareKind.ReplyParent, "co-reply", CoordinationKinds.CoReply),
        (ShareKind.Activity, "co-post", "co_post"),
    ];

    /// <summary>The command-line name, e.g. "co-tweet".</summary>
    public static string Name(ShareKind kind) => Table.First(t => t.Kind == kind).Cli;

    /// <summary>The cluster stage's kind name, e.g. "co_tweet".</summary>
    public static string ClusterName(ShareKind kind) => Table.First(t => t.Kind == kind).Cluster;

    /// <summary>Every command-line name.</summary>
    public static IEnumerable<string> Names => Table.Select(t => t.Cli);

    /// <summary>Parses a comma-separated list of kind names; throws naming the unknown one.</summary>
    public static IReadOnlyList<ShareKind> Parse(string list)
    {
        var kinds = new List<ShareKind>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Table.FirstOrDefault(t => string.Equals(t.Cli, part, StringComparison.OrdinalIgnoreCase) ||
                                                  string.Equals(t.Cluster, part, StringComparison.OrdinalIgnoreCase));
            if (match.Cli is null)
            {
                throw new FormatException($"unknown coordination kind '{part}' (known: {string.Join(", ", Names)})");
            }

            if (!kinds.Contains(match.Kind))
            {
                kinds.Add(match.Kind);
            }
        }

        return kinds.Count == 0 ? throw new FormatException("no coordination kind given") : kinds;
    }
}
