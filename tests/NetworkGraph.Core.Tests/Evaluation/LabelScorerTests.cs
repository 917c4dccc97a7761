using NetworkGraph.Core.Evaluation;
using NetworkGraph.Core.Snapshots;
using static NetworkGraph.Core.Tests.Snapshots.SnapshotFixtures;

namespace NetworkGraph.Core.Tests.Evaluation;

public sealed class LabelScorerTests
{
    // Flagged: a1-a3 and the unlabelled x1. Not flagged: b1, b2 and a4. Labelled but in no cluster: a5, b3.
    private static Snapshot Snapshot() => Build(Analysis(
        Report(1, 0.9, true, ["a1", "a2", "a3", "x1"]),
        Report(2, 0.2, false, ["b1", "b2", "a4"])), null);

    // An account,label table with other labels than the positive one, as the IRA categories.
    private static GroundTruth Labels() => TruthReaders.ReadGroundTruth(
        new StringReader("account,label\na1,A\na2,A\na3,A\na4,A\na5,A\nb1,B\nb2,B\nb3,B\n"), "labels.csv");

    [Fact]
    public void Scores_all_clusters_as_score_labels_py_does()
    {
        // scripts/real-data/score_labels.py on the same membership and labels prints
        // "clusters 2, accounts in clusters 7, labelled 6 of 8: coverage 0.750, purity 0.833, NMI 0.479" (0.47870397138567994).
        var all = SnapshotEvaluator.Evaluate(Snapshot(), Labels()).Labels.AllClusters;

        Assert.Equal((2, 7, 6), (all.Clusters, all.AccountsInClusters, all.LabelledInClusters));
        Assert.Equal(0.75, all.Coverage!.Value, 12);
        Assert.Equal(5 / 6.0, all.Purity!.Value, 12);
        Assert.Equal(0.47870397138567994, all.Nmi!.Value, 12);
        Assert.Equal(1.2 / 3.7, all.Ari!.Value, 12); // pairs: index 4, expected 6 * 7 / 15, max (6 + 7) / 2
    }

    [Fact]
    public void Scores_flagged_clusters_apart()
    {
        var flagged = SnapshotEvaluator.Evaluate(Snapshot(), Labels()).Labels.FlaggedClusters;

        Assert.Equal((1, 4, 3), (flagged.Clusters, flagged.AccountsInClusters, flagged.LabelledInClusters));
        Assert.Equal(0.375, flagged.Coverage!.Value, 12);
        Assert.Equal(1, flagged.Purity!.Value, 12);
        Assert.Equal(1, flagged.Nmi!.Value, 12);
    }

    [Fact]
    public void Gives_the_flagged_share_of_each_label()
    {
        var perLabel = SnapshotEvaluator.Evaluate(Snapshot(), Labels()).Labels.PerLabel;

        Assert.Equal(
            [new LabelShare("A", 5, 4, 3, 0.6), new LabelShare("B", 3, 2, 0, 0)],
            perLabel);
    }

    [Fact]
    public void A_table_of_other_labels_has_no_detection_scores_but_is_not_an_error()
    {
        var report = SnapshotEvaluator.Evaluate(Snapshot(), Labels());

        Assert.Null(report.Detection);
        Assert.Equal("label", report.Labels.LabelColumn);
    }

    [Fact]
    public void Without_any_flagged_cluster_the_flagged_measures_are_undefined_not_zero()
    {
        var snapshot = Build(Analysis(Report(1, 0.2, false, ["a1", "b1", "b2"])), null);

        var flagged = SnapshotEvaluator.Evaluate(snapshot, Labels()).Labels.FlaggedClusters;

        Assert.Equal(0, flagged.Coverage);
        Assert.Null(flagged.Purity);
        Assert.Null(flagged.Nmi);
    }
}
