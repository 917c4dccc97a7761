using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Tests.Coordination.Support;

namespace NetworkGraph.Core.Tests.Coordination;

/// <summary>The sweep-based builder against the naive all-pairs CooRTweet transcription, on random tables.</summary>
public sealed class ReferenceEquivalenceTests
{
    private static readonly double[] WindowSeconds = [5, 20, 60];

    [Fact]
    public void Matches_the_all_pairs_reference_on_random_share_tables()
    {
        var random = new Random(20240515);
        for (var trial = 0; trial < 300; trial++)
        {
            var rows = RandomRows(random);
            var minParticipation = random.Next(0, 4);
            double? quantile = random.Next(3) == 0 ? null : Math.Round(random.NextDouble(), 2);
            var minWeight = random.Next(1, 3);
            var options = new CoordinationOptions
            {
                Kinds = [ShareKind.Retweet],
                Windows = WindowSeconds.Select(TimeSpan.FromSeconds).ToArray(),
                MinParticipation = minParticipation,
                EdgeWeightQuantile = quantile,
                MinEdgeWeight = minWeight,
                EvidenceCap = 10_000,
                MaxDegreeOfParallelism = 1 + (trial % 3),
            };

            var graph = CoordinationGraphBuilder.Build(ShareRow.Table(ShareKind.Retweet, rows), options);

            for (var w = 0; w < WindowSeconds.Length; w++)
            {
                var expected = ReferenceCoordination.Build(rows, WindowSeconds[w], minParticipation, quantile, minWeight, out var threshold);
                var layer = graph.Layers[w];
                var context = $"trial {trial}, window {WindowSeconds[w]}";
                Assert.True(threshold.HasValue == layer.WeightThreshold.HasValue, context);
                if (threshold is { } t)
                {
                    Assert.Equal(t, layer.WeightThreshold!.Value, 9);
                }

                AssertSameEdges(graph, layer, expected, context);
            }
        }
    }

    private static void AssertSameEdges(
        CoordinationGraph graph, CoordinationLayer layer,
        IReadOnlyDictionary<(string, string), ReferenceCoordination.Edge> expected, string context)
    {
        Assert.True(expected.Count == layer.Edges.Count, $"{context}: {expected.Count} expected edges, got {layer.Edges.Count}");
        foreach (var edge in layer.Edges)
        {
            var source = graph.AccountIds[edge.Source];
            var target = graph.AccountIds[edge.Target];
            var swapped = string.CompareOrdinal(source, target) > 0;
            var key = swapped ? (target, source) : (source, target);
            Assert.True(expected.TryGetValue(key, out var reference), $"{context}: unexpected edge {key}");
            Assert.Equal(reference.Weight, edge.PairCount);
            Assert.Equal(reference.Weight, edge.Weight);
            Assert.Equal(reference.MeanDelta, edge.MeanDeltaSeconds, 9);
            Assert.Equal(reference.MinDelta, edge.MinDeltaSeconds, 9);
            Assert.Equal(SomePosts.At(reference.First), edge.First);
            Assert.Equal(SomePosts.At(reference.Last), edge.Last);
            Assert.Equal(reference.SourcePosts, swapped ? edge.TargetPosts : edge.SourcePosts);
            Assert.Equal(reference.TargetPosts, swapped ? edge.SourcePosts : edge.TargetPosts);
            var pairs = edge.Evidence
                .Select(e => (graph.PostId(e.SourcePost), graph.PostId(e.TargetPost)))
                .Select(p => swapped ? (p.Item2, p.Item1) : p)
                .ToHashSet();
            Assert.True(reference.Pairs.SetEquals(pairs), $"{context}: evidence of {key} differs");
        }
    }

    private static ShareRow[] RandomRows(Random random)
    {
        var accounts = random.Next(2, 9);
        var objects = random.Next(1, 7);
        var count = random.Next(0, 45);
        var rows = new ShareRow[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = new ShareRow(
                "acc" + random.Next(accounts),
                "post" + i,
                random.Next(0, 150),
                "obj" + random.Next(objects));
        }

        return rows;
    }
}
