using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Tests.Support;

namespace NetworkGraph.Analysis.Tests.Communities;

public sealed class LabelPropagationTests
{
    private static readonly CommunityOptions Lpa = new() { Algorithm = CommunityAlgorithm.LabelPropagation };

    [Fact]
    public void Gives_each_of_two_separate_cliques_one_label()
    {
        var graph = new TestGraph(10).Clique(Enumerable.Range(0, 5)).Clique(Enumerable.Range(5, 5));

        var partition = CommunityDetector.Detect(graph.ToCsr(), Lpa);

        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1], partition.Membership);
    }

    [Fact]
    public void Ends_with_every_label_dominant_among_its_neighbours()
    {
        for (var g = 0; g < 20; g++)
        {
            var graph = TestGraph.Random(200 + g, 50 + g * 10, 0.7, 2, messy: false);
            var options = new CommunityOptions { Algorithm = CommunityAlgorithm.LabelPropagation, Seed = g };
            var partition = CommunityDetector.Detect(graph.ToCsr(), options);
            var membership = partition.Membership;

            Invariants.Check(graph, partition, options, connected: false);
            var weightTo = new Dictionary<int, double>[graph.NodeCount];
            for (var v = 0; v < graph.NodeCount; v++)
            {
                weightTo[v] = [];
            }

            foreach (var (u, v, w) in graph.Edges)
            {
                weightTo[u][membership[v]] = weightTo[u].GetValueOrDefault(membership[v]) + w;
                weightTo[v][membership[u]] = weightTo[v].GetValueOrDefault(membership[u]) + w;
            }

            for (var v = 0; v < graph.NodeCount; v++)
            {
                if (weightTo[v].Count > 0)
                {
                    Assert.Equal(weightTo[v].Values.Max(), weightTo[v].GetValueOrDefault(membership[v]), 9);
                }
            }
        }
    }
}
