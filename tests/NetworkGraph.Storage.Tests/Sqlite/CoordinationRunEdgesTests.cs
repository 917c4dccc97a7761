using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Runs;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Storage.Tests.Sqlite;

public sealed class CoordinationRunEdgesTests
{
    private static readonly DateTimeOffset T0 = new(2023, 9, 12, 9, 30, 0, TimeSpan.Zero);

    private static StoredCoordinationLayer Layer(ShareKind kind, int windowSeconds, string source, string target, double weight) =>
        new(kind, TimeSpan.FromSeconds(windowSeconds), 1, 1, null,
            [new StoredCoordinationEdge(source, target, 2, weight, 12.5, 3, T0, T0.AddMinutes(1), 2, 2,
                [new StoredEvidencePair("p1", "p2", T0, T0.AddSeconds(3), "the text")])]);

    private static readonly StoredCoordinationRun Run = new(7, T0, "{}",
    [
        Layer(ShareKind.Text, 10, "a", "b", 1),
        Layer(ShareKind.Text, 3600, "a", "b", 4),
        Layer(ShareKind.Retweet, 10, "b", "c", 2),
        Layer(ShareKind.Retweet, 3600, "a", "c", 5),
    ]);

    [Fact]
    public void Reads_every_kinds_layer_of_the_runs_widest_window()
    {
        var edges = CoordinationRunEdges.Of(Run);

        Assert.Equal(TimeSpan.FromHours(1), edges.Window);
        Assert.Equal(7, edges.RunId);
        Assert.Equal([("a", "b", "co_tweet", 4.0), ("a", "c", "co_retweet", 5.0)], edges.ToClusterEdges().Select(e => (e.A, e.B, e.Kind, e.Weight)));
    }

    [Fact]
    public void Gives_clusters_and_exports_the_same_edges_with_their_evidence()
    {
        var edges = CoordinationRunEdges.Of(Run);
        var cluster = edges.ToClusterEdges()[0];
        var export = edges.ToExportEdges()[0];

        Assert.Equal((cluster.A, cluster.B, cluster.Kind, cluster.Weight, cluster.MeanDtSeconds), (export.A, export.B, export.Kind, export.Weight, export.MeanDtSeconds!.Value));
        Assert.Equal(("p1", "p2"), (cluster.Evidence[0].PostA, cluster.Evidence[0].PostB));
        Assert.Equal(("p1", "p2", "the text"), (export.Evidence[0].PostA, export.Evidence[0].PostB, export.Evidence[0].Object));
        Assert.Equal((2L, T0, T0.AddMinutes(1)), (export.EvidenceCount!.Value, export.First!.Value, export.Last!.Value));
    }

    [Fact]
    public void Reads_a_named_window_or_nothing_when_the_run_has_no_such_layer()
    {
        Assert.Equal([1.0, 2.0], CoordinationRunEdges.At(Run, TimeSpan.FromSeconds(10)).Layers.Select(l => l.Edges[0].Weight));
        Assert.Empty(CoordinationRunEdges.At(Run, TimeSpan.FromSeconds(60)).Layers);
        Assert.Empty(CoordinationRunEdges.None.ToExportEdges());
    }
}
