using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>The cluster stage's post columns: the same posts, the same analysis, for any thread count.</summary>
public sealed class ClusterPostsTests
{
    /// <summary>One normalised text in four spellings, posted at the same second: the first by id names it.</summary>
    private static readonly string[] TieTexts =
    [
        "Same second posts tie on time, ordered by id",
        "SAME SECOND POSTS TIE ON TIME ORDERED BY ID",
        "same second posts tie on time ordered by id!",
        "Same second posts... tie on time, ordered by id",
    ];

    /// <summary>Three clusters with copy-paste, retweets, replies, hashtags in several spellings, mentions and URLs.</summary>
    private static ClusterInput MixedInput()
    {
        var (operation, copies) = ScoringScenarios.CopyPasteOperation();
        var (fans, retweets) = ScoringScenarios.SlowRetweetFans();
        string[] friends = ["f1", "f2", "f3", "f4"];
        var chatter = friends.SelectMany((f, i) => new[]
        {
            Original($"c{i}", f, T0.AddMinutes(i), "Lunch at the harbour was lovely today, friends", hashtags: ["Food", "#food", "FOOD"], mentions: ["@f1", "f2"], urls: [" https://www.example.org/a?x=1 ", "http://example.org/b"]),
            new Post($"r{i}", f, T0.AddMinutes(30 + i), "@f1 agreed, see you there tomorrow at noon", "en", PostKind.Reply, "c0", "f1", ["f1"], [], []),
            Original($"d{i}", f, T0, TieTexts[i], hashtags: ["tie"]),
        }).ToList();
        var posts = copies.Concat(retweets).Concat(chatter).ToList();
        var partition = Partition((1, operation), (2, fans), (3, friends));
        return new ClusterInput([Account("op001", location: "Baku"), Account("f1", handle: "first")], posts, partition, DeriveEdges(posts));
    }

    private static string Line(Post p) => string.Join(
        '|', p.Id, p.AuthorId, p.Time.UtcTicks, p.Kind, p.ReferencedPostId, p.ReferencedAuthorId, p.Language, p.Text,
        string.Join(',', p.Hashtags), string.Join(',', p.Urls), string.Join(',', p.Mentions));

    [Fact]
    public void Rows_give_back_the_posts_the_table_was_made_from()
    {
        var posts = MixedInput().Posts;

        var table = ClusterPosts.From(posts);

        Assert.Equal(posts.Select(Line), Enumerable.Range(0, table.Count).Select(r => Line(table.ToPost(r))));
        Assert.True(table.Strings.Count < posts.Count, "authors, languages and entities are pooled");
    }

    [Fact]
    public void Columns_given_in_place_of_objects_give_the_same_clusters_fingerprint_and_rows_by_author_group()
    {
        var objects = MixedInput();
        var table = ClusterPosts.From(objects.Posts);
        var columns = objects with { Posts = [], PostColumns = table };
        var analyzer = new ClusterAnalyzer(NetworkGraph.Core.Clustering.Profiles.AnalysisProfile.Empty);
        var groups = new Dictionary<string, int>(StringComparer.Ordinal) { ["f1"] = 0, ["fan001"] = 1 };

        Assert.Equal(SnapshotJson.Serialize(analyzer.Analyze(objects)), SnapshotJson.Serialize(analyzer.Analyze(columns)));
        Assert.Equal(InputFingerprint.Compute(objects), InputFingerprint.Compute(columns));
        var rows = table.RowsGroupedBy(groups, 2);
        Assert.All([0, 1], g => Assert.Equal(
            objects.Posts.Where(p => groups.TryGetValue(p.AuthorId, out var of) && of == g).Select(Line),
            rows[g].Select(r => Line(table.ToPost(r)))));
        Assert.All(rows, r => Assert.NotEmpty(r));
    }

    [Fact]
    public void One_and_two_threads_give_the_same_clusters()
    {
        var input = MixedInput();

        var one = new ClusterAnalyzer(NetworkGraph.Core.Clustering.Profiles.AnalysisProfile.Empty, new ClusterAnalysisOptions { Threads = 1 }).Analyze(input);
        var two = new ClusterAnalyzer(NetworkGraph.Core.Clustering.Profiles.AnalysisProfile.Empty, new ClusterAnalysisOptions { Threads = 2 }).Analyze(input);

        Assert.Equal(3, one.Clusters.Count);
        Assert.Equal(SnapshotJson.Serialize(one), SnapshotJson.Serialize(two));
    }

    [Fact]
    public void Posts_at_the_same_second_are_taken_in_id_order_whatever_their_input_order()
    {
        var input = MixedInput();
        var reversed = input with { Posts = input.Posts.AsEnumerable().Reverse().ToArray() };
        var analyzer = new ClusterAnalyzer(NetworkGraph.Core.Clustering.Profiles.AnalysisProfile.Empty);

        var forward = analyzer.Analyze(input);
        var backward = analyzer.Analyze(reversed);

        Assert.Equal(SnapshotJson.Serialize(forward), SnapshotJson.Serialize(backward));
        var friends = Assert.Single(backward.Clusters, c => c.Community == 3);
        Assert.Contains(friends.Objects.Texts, t => t.Count == 4 && t.Label == TieTexts[0]);
    }
}
