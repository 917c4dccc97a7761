using System.Globalization;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Tests.Coordination.Support;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class CoordinationGraphBuilderTests
{
    [Fact]
    public void Keeps_a_capped_time_ordered_evidence_sample_and_the_true_pair_count()
    {
        var rows = Enumerable.Range(0, 50).SelectMany(i => new[]
        {
            new ShareRow("A", "a" + i, i * 100, "o" + i), new ShareRow("B", "b" + i, (i * 100) + 3, "o" + i),
        }).ToArray();
        var options = Options() with { EvidenceCap = 5 };

        var edge = CoordinationGraphBuilder.Build(ShareRow.Table(ShareKind.Retweet, rows), options).Layers[0].Edges.Single();
        var again = CoordinationGraphBuilder.Build(ShareRow.Table(ShareKind.Retweet, rows), options with { MaxDegreeOfParallelism = 1 })
            .Layers[0].Edges.Single();

        Assert.Equal(50, edge.PairCount);
        Assert.Equal(5, edge.Evidence.Count);
        Assert.True(edge.EvidenceIsSample);
        Assert.Equal(edge.Evidence, again.Evidence);
        Assert.Equal(edge.Evidence.OrderBy(e => e.SourceTime), edge.Evidence);
        Assert.Equal(5, edge.Evidence.Select(e => e.Object).Distinct().Count());
        Assert.All(edge.Evidence, e => Assert.Equal(TimeSpan.FromSeconds(3), e.TargetTime - e.SourceTime));
    }

    [Fact]
    public void Caps_the_pairs_of_a_pathological_object_and_warns()
    {
        // 2,000 accounts share one object within 20 s: 1,999,000 pairs in the window; the cap allows 10,000.
        var rows = Enumerable.Range(0, 2000).Select(i => new ShareRow("acc" + i, "p" + i, i / 100.0, "viral"))
            .Append(new ShareRow("acc0", "q0", 500, "quiet")).Append(new ShareRow("acc1", "q1", 501, "quiet"))
            .ToArray();
        var options = Options() with { MaxPairsPerObject = 10_000 };

        var graph = CoordinationGraphBuilder.Build(ShareRow.Table(ShareKind.Retweet, rows), options);

        var warning = Assert.Single(graph.Warnings);
        Assert.Equal("viral", warning.ObjectLabel);
        Assert.Equal(2000, warning.Shares);
        Assert.Equal(1_999_000, warning.PairsInWindow);
        Assert.Equal(5, warning.NeighbourLimit);
        Assert.Contains("viral", warning.Message, StringComparison.Ordinal);
        Assert.Equal((1995 * 5) + 4 + 3 + 2 + 1 + 1, graph.Layers[0].CandidatePairs); // + the quiet object's pair
    }

    [Fact]
    public void Down_weights_co_shares_of_popular_objects()
    {
        // Ten accounts all share "everyone"; only A and B share "rare".
        var rows = Enumerable.Range(0, 10).Select(i => new ShareRow("acc" + i, "e" + i, i, "everyone"))
            .Append(new ShareRow("acc0", "r0", 100, "rare")).Append(new ShareRow("acc1", "r1", 101, "rare"))
            .ToArray();
        var options = Options() with { PopularityDownWeighting = true, MinEdgeWeight = 0.5 };

        var layer = CoordinationGraphBuilder.Build(ShareRow.Table(ShareKind.Retweet, rows), options).Layers[0];

        var edge = Assert.Single(layer.Edges);
        Assert.Equal((0, 1), (edge.Source, edge.Target));
        Assert.Equal(2, edge.PairCount);
        Assert.Equal(1.0, edge.Weight, 9); // rare counts 1, everyone counts ln(10/10)/ln(10/2) = 0
        Assert.Equal(45, layer.CandidateEdges);
    }

    [Fact]
    public void Gives_identical_graphs_whatever_the_thread_count()
    {
        var random = new Random(99);
        var rows = Enumerable.Range(0, 20_000)
            .Select(i => new ShareRow("acc" + random.Next(300), "p" + i, random.Next(0, 20_000), "o" + random.Next(400)))
            .ToArray();
        var options = Options() with
        {
            Windows = [TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(300)],
            MinParticipation = 2,
            EdgeWeightQuantile = 0.4,
            PopularityDownWeighting = true,
            MinEdgeWeight = 0.5,
            EvidenceCap = 3,
        };

        var one = CoordinationGraphBuilder.Build(ShareRow.Table(ShareKind.Retweet, rows), options with { MaxDegreeOfParallelism = 1 });
        var four = CoordinationGraphBuilder.Build(ShareRow.Table(ShareKind.Retweet, rows), options with { MaxDegreeOfParallelism = 4 });

        Assert.True(one.Layers[1].Edges.Count > 100);
        for (var l = 0; l < one.Layers.Count; l++)
        {
            Assert.Equal(one.Layers[l].WeightThreshold, four.Layers[l].WeightThreshold);
            Assert.Equal(Describe(one.Layers[l]), Describe(four.Layers[l]));
        }
    }

    [Fact]
    public void Gives_identical_graphs_of_several_kinds_whatever_the_thread_count()
    {
        // With two threads co-similar's groups and graph are made beside the kinds after it: every kind's layers,
        // the warnings and the near-duplicate groups' labels must come out in the same order and be the same.
        var random = new Random(17);
        string[] templates = ["the conference in baku was a great success for the people of {0}", "free {0} now, stop the colonial oppression of {0} today", "{0} deserves independence, says every voice in the region of {0}"];
        var posts = Enumerable.Range(0, 6_000).Select(i =>
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            var author = "acc" + random.Next(200).ToString(CultureInfo.InvariantCulture);
            var seconds = random.Next(0, 40_000);
            return (i % 3) switch
            {
                0 => SomePosts.Retweet(id, author, seconds, "r" + random.Next(150).ToString(CultureInfo.InvariantCulture), "src"),
                _ => SomePosts.Original(id, author, seconds,
                    string.Format(CultureInfo.InvariantCulture, templates[random.Next(templates.Length)], "place" + random.Next(40).ToString(CultureInfo.InvariantCulture))
                        + (random.Next(4) == 0 ? " indeed" : string.Empty),
                    urls: ["https://news.example/" + random.Next(60).ToString(CultureInfo.InvariantCulture)]),
            };
        }).ToList();
        var options = Options() with
        {
            Kinds = [ShareKind.Text, ShareKind.SimilarText, ShareKind.Retweet, ShareKind.Url],
            Windows = [TimeSpan.FromSeconds(60), TimeSpan.FromHours(1)],
            MinParticipation = 2,
            MaxPairsPerObject = 2_000,
        };

        var one = CoordinationGraphBuilder.Build(posts, options with { MaxDegreeOfParallelism = 1 });
        var two = CoordinationGraphBuilder.Build(posts, options with { MaxDegreeOfParallelism = 2 });

        Assert.Equal(one.Layers.Select(l => (l.Kind, l.Window, l.CandidatePairs)), two.Layers.Select(l => (l.Kind, l.Window, l.CandidatePairs)));
        Assert.All(one.Layers, l => Assert.NotEmpty(l.Edges));
        for (var l = 0; l < one.Layers.Count; l++)
        {
            Assert.Equal(Describe(one.Layers[l]), Describe(two.Layers[l]));
        }

        Assert.Contains(one.Warnings, w => w.Kind == ShareKind.SimilarText);
        Assert.Equal(one.Warnings.Select(w => w.Message), two.Warnings.Select(w => w.Message));
        Assert.True(one.SimilarTextClusterCount > 1);
        Assert.Equal(
            Enumerable.Range(0, one.SimilarTextClusterCount).Select(o => one.ObjectLabel(ShareKind.SimilarText, o)),
            Enumerable.Range(0, two.SimilarTextClusterCount).Select(o => two.ObjectLabel(ShareKind.SimilarText, o)));
    }

    [Fact]
    public void Merges_the_kinds_of_one_window_into_multiplex_edges()
    {
        var builder = new ShareTableBuilder();
        builder.AddShare("A", "1", SomePosts.At(0), ShareKind.Retweet, "p");
        builder.AddShare("B", "2", SomePosts.At(1), ShareKind.Retweet, "p");
        builder.AddShare("A", "3", SomePosts.At(0), ShareKind.Hashtag, "baku");
        builder.AddShare("B", "4", SomePosts.At(1), ShareKind.Hashtag, "baku");
        builder.AddShare("B", "5", SomePosts.At(2), ShareKind.Hashtag, "baku");
        var options = Options() with { Kinds = [ShareKind.Retweet, ShareKind.Hashtag, ShareKind.Url] };

        var graph = CoordinationGraphBuilder.Build(builder.Build(), options);

        var edge = Assert.Single(graph.Multiplex(TimeSpan.FromSeconds(60)));
        Assert.Equal(3, edge.Weight);
        Assert.Equal(1, edge.WeightByKind[(int)ShareKind.Retweet]);
        Assert.Equal(2, edge.WeightByKind[(int)ShareKind.Hashtag]);
        Assert.Empty(graph.Layer(ShareKind.Url, TimeSpan.FromSeconds(60))!.Edges);
    }

    [Fact]
    public void Multiplex_pairs_walk_every_kinds_pairs_in_order_with_the_same_weights_as_the_multiplex_edges()
    {
        var builder = new ShareTableBuilder();
        var at = 0;
        foreach (var (kind, obj, first, second) in new[]
        {
            (ShareKind.Retweet, "p", "A", "B"), (ShareKind.Retweet, "q", "C", "D"), (ShareKind.Hashtag, "baku", "A", "B"),
            (ShareKind.Hashtag, "kanaky", "B", "C"), (ShareKind.Hashtag, "corse", "B", "C"), (ShareKind.Url, "x.example/a", "A", "D"),
        })
        {
            builder.AddShare(first, first + at, SomePosts.At(at), kind, obj);
            builder.AddShare(second, second + at, SomePosts.At(at + 1), kind, obj);
            at += 100;
        }

        var options = Options() with { Kinds = [ShareKind.Url, ShareKind.Hashtag, ShareKind.Retweet], MinParticipation = 1, MinEdgeWeight = 1 };
        var graph = CoordinationGraphBuilder.Build(builder.Build(), options);

        var window = TimeSpan.FromSeconds(60);
        var edges = graph.Multiplex(window, MultiplexWeighting.SquareRoot);
        var (sources, targets, weights) = graph.MultiplexPairs(window, MultiplexWeighting.SquareRoot);
        Assert.Equal(4, edges.Count);
        Assert.Equal(edges.Select(e => (e.Source, e.Target, e.Weight)), sources.Select((s, i) => (s, targets[i], weights[i])));
        Assert.Equal(edges.OrderBy(e => e.Source).ThenBy(e => e.Target), edges);
        var ab = edges.Single(e => graph.AccountIds[e.Source] == "A" && graph.AccountIds[e.Target] == "B");
        Assert.Equal(Math.Sqrt(2), ab.Weight);
        Assert.Equal(1, ab.WeightByKind[(int)ShareKind.Retweet]);
        Assert.Equal(1, ab.WeightByKind[(int)ShareKind.Hashtag]);
    }

    [Fact]
    public void Weighs_a_multiplex_pair_by_the_square_root_of_its_co_shares_when_asked_and_keeps_the_kinds_counts()
    {
        var builder = new ShareTableBuilder();
        foreach (var (tag, at) in new[] { ("a", 0), ("b", 100), ("c", 200), ("d", 300) })
        {
            builder.AddShare("A", "A" + tag, SomePosts.At(at), ShareKind.Hashtag, tag);
            builder.AddShare("B", "B" + tag, SomePosts.At(at + 1), ShareKind.Hashtag, tag);
        }

        var graph = CoordinationGraphBuilder.Build(builder.Build(), Options() with { Kinds = [ShareKind.Hashtag] });

        var edge = Assert.Single(graph.Multiplex(TimeSpan.FromSeconds(60), MultiplexWeighting.SquareRoot));
        Assert.Equal(2, edge.Weight);
        Assert.Equal(4, edge.WeightByKind[(int)ShareKind.Hashtag]);
        Assert.Equal(4, Assert.Single(graph.Multiplex(TimeSpan.FromSeconds(60))).Weight);
    }

    [Fact]
    public void Builds_a_layer_for_each_kind_stored_shares_name_beside_the_posts_kinds()
    {
        Share[] shares =
        [
            new("A", "", "o1", "a1", SomePosts.At(0)), new("B", "", "o1", "b1", SomePosts.At(5)),
            new("A", "phash", "h9", "a2", SomePosts.At(100)), new("B", "phash", "h9", "b2", SomePosts.At(101)),
            new("A", "url", "https://x.example/a", "a3", SomePosts.At(200)), new("B", "url", "https://x.example/a", "b3", SomePosts.At(230)),
        ];
        var phash = ShareKindNames.FromObjectKind("phash");
        var options = Options() with { Kinds = [ShareKind.Retweet, ShareKind.Share, phash, ShareKind.Url], MinParticipation = 1, MinEdgeWeight = 1 };

        var graph = CoordinationGraphBuilder.Build([SomePosts.Retweet("r1", "A", 300, "p", "Z"), SomePosts.Retweet("r2", "B", 301, "p", "Z")], shares, options);

        var window = TimeSpan.FromSeconds(60);
        Assert.All([ShareKind.Retweet, ShareKind.Share, phash, ShareKind.Url], k => Assert.Single(graph.Layer(k, window)!.Edges));
        Assert.Equal("h9", graph.ObjectLabel(phash, graph.Layer(phash, window)!.Edges[0].Evidence[0].Object));
        Assert.Equal(4, Assert.Single(graph.Multiplex(window)).Weight);
    }

    [Fact]
    public void Rejects_options_out_of_range()
    {
        var table = new ShareTableBuilder().Build();
        Assert.Throws<ArgumentException>(() => CoordinationGraphBuilder.Build(table, Options() with { Windows = [] }));
        Assert.Throws<ArgumentException>(() => CoordinationGraphBuilder.Build(table, Options() with { Kinds = [] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinationGraphBuilder.Build(table, Options() with { EdgeWeightQuantile = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinationGraphBuilder.Build(table, Options() with { SimilarityThreshold = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinationGraphBuilder.Build(table, Options() with { Windows = [TimeSpan.FromDays(30)] }));
    }

    private static CoordinationOptions Options() => new()
    {
        Kinds = [ShareKind.Retweet],
        Windows = [TimeSpan.FromSeconds(60)],
        MinParticipation = 1,
        MinEdgeWeight = 1,
    };

    private static List<string> Describe(CoordinationLayer layer) => layer.Edges.Select(e =>
        $"{e.Source}-{e.Target} {e.PairCount} {e.Weight:R} {e.MeanDeltaSeconds:R} {e.MinDeltaSeconds} {e.First:O} {e.Last:O} " +
        $"{e.SourcePosts}/{e.TargetPosts} " + string.Join(';', e.Evidence)).ToList();
}
