using System.Globalization;
using System.Text;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Tests.Coordination;

/// <summary>The text objects a share table records for its posts, handed to the cluster stage, give the ids, lengths,
/// texts and order that normalising the cluster's texts again gives; where they cannot be exact, none are handed over.</summary>
public sealed class PostTextObjectsTests
{
    private static readonly string[] Texts =
    [
        "Hello, World!", "hello   world", "RT @x: 𝔸bc Bakı", "𝔸BC Bakı", "!!!", "", "Ａzz 😀", "ａzz 😀", "\uE000 private use",
        "a😀", "a\uFFFD", "aé", "https://t.co/abc only a link", "#tag @someone text", "same text again", "same text again",
    ];

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(2, true)]
    public void Handed_over_text_objects_give_the_ids_lengths_texts_and_order_that_normalising_gives(int threads, bool retweetsAsContent)
    {
        var posts = Posts(1_200);
        var recorded = Recorded(posts, threads, new ShareTableOptions { IncludeRetweetsInContentKinds = retweetsAsContent });

        // The cluster's posts: those of three authors, in the read's order; its rows given community by community.
        var table = ClusterPosts.From([.. posts.Where(p => p.AuthorId is "a1" or "a4" or "a6")]);
        var rows = Enumerable.Range(0, table.Count).OrderBy(r => table.Strings[table.Authors[r]], StringComparer.Ordinal).ThenByDescending(r => r).ToArray();
        var handed = recorded.TextObjectsOf(table.Ids);
        Assert.NotNull(handed);

        var expected = NormalizedTexts.Of(table, rows, 1, CancellationToken.None);
        var actual = NormalizedTexts.Of(table, rows, handed);

        Assert.Equal(Enumerable.Range(0, table.Count).Select(expected.IdOf), Enumerable.Range(0, table.Count).Select(actual.IdOf));
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(Enumerable.Range(0, expected.Count).Select(expected.Length), Enumerable.Range(0, actual.Count).Select(actual.Length));
        Assert.Equal(Enumerable.Range(0, expected.Count).Select(expected.Text), Enumerable.Range(0, actual.Count).Select(actual.Text));
        for (var x = 0; x < expected.Count; x++)
        {
            for (var y = 0; y < expected.Count; y++)
            {
                Assert.Equal(Math.Sign(expected.CompareOrdinal(x, y)), Math.Sign(actual.CompareOrdinal(x, y)));
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Clusters_analysed_with_handed_over_text_objects_are_the_clusters_analysed_by_normalising(int threads)
    {
        // A copy-paste operation, retweeting fans with their own posts, and friends posting one text in four
        // spellings and repeating it: ids renumbered as the store numbers them, the posts in the read's order.
        var (operation, copies) = Clustering.ScoringScenarios.CopyPasteOperation();
        var (fans, retweets) = Clustering.ScoringScenarios.SlowRetweetFans();
        string[] friends = ["f1", "f2", "f3"];
        var chatter = friends.SelectMany((f, i) => Enumerable.Range(0, 4).Select(k => Clustering.ClusterFixtures.Original(
            $"c{i}-{k}", f, Clustering.ClusterFixtures.T0.AddMinutes((10 * k) + i), Texts[(k % 2) + (2 * (i % 2))])));
        var named = copies.Concat(retweets).Concat(chatter).OrderBy(p => p.Time).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var numbers = named.Select((p, i) => (p.Id, Number: (1_000_000L + i).ToString(CultureInfo.InvariantCulture))).ToDictionary(x => x.Id, x => x.Number);
        var posts = named.Select(p => p with
        {
            Id = numbers[p.Id],
            ReferencedPostId = p.ReferencedPostId is { } r ? numbers.GetValueOrDefault(r, r) : null,
        }).ToList();
        var partition = Clustering.ClusterFixtures.Partition((1, operation), (2, fans), (3, friends));
        var table = ClusterPosts.From(posts);
        var normalising = new ClusterInput([], [], partition, Clustering.ClusterFixtures.DeriveEdges(posts)) { PostColumns = table };
        var handed = normalising with { TextObjects = Recorded(posts, threads, new ShareTableOptions()).TextObjectsOf(table.Ids) };
        var analyzer = new ClusterAnalyzer(NetworkGraph.Core.Clustering.Profiles.AnalysisProfile.Empty, new ClusterAnalysisOptions { Threads = threads });

        Assert.NotNull(handed.TextObjects);
        var expected = analyzer.Analyze(normalising);
        Assert.Equal(NetworkGraph.Core.Snapshots.SnapshotJson.Serialize(expected), NetworkGraph.Core.Snapshots.SnapshotJson.Serialize(analyzer.Analyze(handed)));
        Assert.Contains(expected.Clusters, c => c.Objects.Texts.Count > 1 && c.Metrics.CopyPastedPosts > 0);
    }

    [Fact]
    public void No_text_objects_are_handed_over_when_the_table_wanted_no_texts()
    {
        var posts = Posts(300);
        var recorded = Recorded(posts, 1, new ShareTableOptions { Kinds = [ShareKind.Hashtag, ShareKind.Retweet] });

        Assert.False(recorded.IsComplete);
        Assert.Null(recorded.TextObjectsOf(ClusterPosts.From(posts).Ids));
    }

    [Fact]
    public void No_text_objects_are_handed_over_for_a_post_the_table_did_not_read_or_rows_out_of_its_order()
    {
        var posts = Posts(300);
        var recorded = Recorded(posts, 1, new ShareTableOptions());
        var later = new Post("999999", "a1", posts[^1].Time.AddMinutes(1), "posted after the read", null, PostKind.Original, null, null, [], [], []);

        Assert.NotNull(recorded.TextObjectsOf(ClusterPosts.From(posts).Ids));
        Assert.Null(recorded.TextObjectsOf(ClusterPosts.From([.. posts, later]).Ids));
        Assert.Null(recorded.TextObjectsOf(ClusterPosts.From([posts[5], posts[3]]).Ids));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Text_objects_are_handed_over_by_their_strings_when_post_ids_are_no_numbers(bool allHashed)
    {
        // One id that is no number turns the table's ids into strings; hashed ids (as archives give them) are all strings.
        var posts = Posts(600).Select((p, i) => allHashed || i == 7
            ? p with { Id = (0x5EEDL * (i + 1)).ToString("x12", CultureInfo.InvariantCulture) }
            : p).ToList();
        var recorded = Recorded(posts, 2, new ShareTableOptions());
        var table = ClusterPosts.From([.. posts.Where(p => p.AuthorId is "a1" or "a4")]);
        var rows = Enumerable.Range(0, table.Count).ToArray();

        var handed = recorded.TextObjectsOf(table.Ids);

        Assert.NotNull(handed);
        var expected = NormalizedTexts.Of(table, rows, 1, CancellationToken.None);
        var actual = NormalizedTexts.Of(table, rows, handed);
        Assert.Equal(Enumerable.Range(0, table.Count).Select(expected.IdOf), Enumerable.Range(0, table.Count).Select(actual.IdOf));
        Assert.Equal(Enumerable.Range(0, expected.Count).Select(expected.Text), Enumerable.Range(0, actual.Count).Select(actual.Text));
        var later = new Post("not-read", "a1", posts[^1].Time.AddMinutes(1), "posted after the read", null, PostKind.Original, null, null, [], [], []);
        Assert.Null(recorded.TextObjectsOf(ClusterPosts.From([.. posts, later]).Ids));
    }

    [Fact]
    public void No_text_objects_are_handed_over_when_posts_came_otherwise_first()
    {
        var posts = Posts(300);

        var recorder = new PostTextObjects();
        var builder = new ShareTableBuilder(new ShareTableOptions()) { TextObjects = recorder };
        builder.Add(posts[0]);
        foreach (var batch in BatchesOf(posts.Skip(1).ToList(), 64))
        {
            builder.AddBatch(batch);
        }

        builder.Build();
        Assert.False(recorder.IsComplete);
    }

    /// <summary>The text objects a builder records for the posts, added in batches of 256 (with two threads and no
    /// interactions, a batch's texts go in on a thread of their own).</summary>
    private static PostTextObjects Recorded(IReadOnlyList<Post> posts, int threads, ShareTableOptions options)
    {
        var recorder = new PostTextObjects();
        var builder = new ShareTableBuilder(options with { MaxDegreeOfParallelism = threads, CollectInteractions = threads == 1 }) { TextObjects = recorder };
        foreach (var batch in BatchesOf(posts, 256))
        {
            builder.AddBatch(batch);
        }

        builder.Build();
        return recorder;
    }

    /// <summary>Posts by eight authors, one a minute, ids increasing numbers; every fifth a retweet; texts repeat.</summary>
    private static List<Post> Posts(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new Post(
            (1_000_000_000_000L + (7L * i)).ToString(CultureInfo.InvariantCulture),
            $"a{i % 8}",
            DateTimeOffset.UnixEpoch.AddMinutes(i),
            i % 3 == 0 ? $"text number {i}" : Texts[i % Texts.Length],
            null,
            i % 5 == 0 ? PostKind.Retweet : PostKind.Original,
            null,
            null,
            [],
            [],
            [])),
    ];

    /// <summary>The posts as the store's column read gives them (ids that are numbers as numbers, texts from UTF-8).</summary>
    private static IEnumerable<PostBatch> BatchesOf(IReadOnlyList<Post> posts, int size)
    {
        for (var start = 0; start < posts.Count; start += size)
        {
            var batch = new PostBatch(size);
            foreach (var post in posts.Skip(start).Take(size))
            {
                var i = batch.Count++;
                var key = 0L;
                var numeric = (post.Id.Length == 1 || post.Id[0] != '0') && long.TryParse(post.Id, NumberStyles.None, CultureInfo.InvariantCulture, out key);
                batch.Keys[i] = numeric ? key : -1 - start - i; // a store's keys: unique, negative for ids that are no numbers
                batch.Ids[i] = numeric ? null : post.Id;
                batch.AuthorIds[i] = post.AuthorId;
                batch.UnixSeconds[i] = post.Time.ToUnixTimeSeconds();
                batch.Kinds[i] = post.Kind;
                batch.SetReference(i, (string?)null);
                batch.SetText(i, Encoding.UTF8.GetBytes(post.Text));
            }

            yield return batch;
        }
    }
}
