using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>Builders for hand-made accounts, posts and coordination edges.</summary>
internal static class ClusterFixtures
{
    public static readonly DateTimeOffset T0 = new(2023, 9, 4, 8, 0, 0, TimeSpan.Zero); // a Monday, 12:00 in Baku

    public static Account Account(
        string id,
        string? location = null,
        string? bio = null,
        string? language = null,
        DateTimeOffset? created = null,
        string? handle = null) =>
        new(id, handle ?? "h_" + id, "Name " + id, location, bio, language, created, 10, 10, T0);

    public static Post Original(string id, string author, DateTimeOffset time, string text, string? language = "en", string[]? hashtags = null, string[]? mentions = null, string[]? urls = null) =>
        new(id, author, time, text, language, PostKind.Original, null, null, mentions ?? [], hashtags ?? [], urls ?? []);

    public static Post Retweet(string id, string author, DateTimeOffset time, string originalId, string originalAuthor, string text = "RT original text", string? language = "en") =>
        new(id, author, time, text, language, PostKind.Retweet, originalId, originalAuthor, [], [], []);

    public static ClusterEdge Edge(string a, string b, string kind, double weight, double meanDt) => new(a, b, kind, weight, meanDt, []);

    public static Dictionary<string, int> Partition(params (int Community, string[] Members)[] groups) =>
        groups.SelectMany(g => g.Members.Select(m => (m, g.Community))).ToDictionary(x => x.m, x => x.Community);

    public static string[] Ids(string prefix, int n) => Enumerable.Range(1, n).Select(i => $"{prefix}{i:D3}").ToArray();

    public static ClusterReport AnalyseSingle(ClusterInput input, AnalysisProfile? profile = null, ClusterAnalysisOptions? options = null)
    {
        var analysis = new ClusterAnalyzer(profile ?? AnalysisProfile.Empty, options).Analyze(input);
        return Assert.Single(analysis.Clusters);
    }

    /// <summary>A test-only stand-in for the coordination layer: co_tweet on equal text, co_retweet on the same original.</summary>
    /// <param name="posts">The posts.</param>
    /// <param name="windowSeconds">When set, only shares of one object at most this far apart pair two accounts.</param>
    public static IReadOnlyList<ClusterEdge> DeriveEdges(IReadOnlyList<Post> posts, double? windowSeconds = null)
    {
        var edges = new Dictionary<(string, string, string), (double W, double Dt)>();
        void Link(IEnumerable<Post> group, string kind)
        {
            var items = group.ToArray();
            for (var i = 0; i < items.Length; i++)
            {
                for (var j = i + 1; j < items.Length; j++)
                {
                    if (items[i].AuthorId == items[j].AuthorId)
                    {
                        continue;
                    }

                    var (a, b) = string.CompareOrdinal(items[i].AuthorId, items[j].AuthorId) < 0
                        ? (items[i].AuthorId, items[j].AuthorId)
                        : (items[j].AuthorId, items[i].AuthorId);
                    var dt = Math.Abs((items[i].Time - items[j].Time).TotalSeconds);
                    if (dt > windowSeconds)
                    {
                        continue;
                    }

                    var (w, sum) = edges.GetValueOrDefault((a, b, kind));
                    edges[(a, b, kind)] = (w + 1, sum + dt);
                }
            }
        }

        foreach (var g in posts.Where(p => p.Kind != PostKind.Retweet).GroupBy(p => p.Text))
        {
            Link(g, CoordinationKinds.CoTweet);
        }

        foreach (var g in posts.Where(p => p.Kind == PostKind.Retweet).GroupBy(p => p.ReferencedPostId))
        {
            Link(g, CoordinationKinds.CoRetweet);
        }

        return edges.Select(kv => new ClusterEdge(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value.W, kv.Value.Dt / kv.Value.W, []))
            .ToArray();
    }
}
