using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Evaluation;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Core.Structure;
using static NetworkGraph.Core.Tests.Snapshots.SnapshotFixtures;

namespace NetworkGraph.Core.Tests.Evaluation;

public sealed class SnapshotEvaluatorTests
{
    private static Campaign Found(int index, DateOnly start, DateOnly end) => new(index, start, end, 100, 10, 40, [], []);

    // Flagged: o1-o8 + d1-d2 (cluster 1). Not flagged: o9-o10 + n1-n4 (cluster 2), n5-n8 (cluster 3).
    private static Snapshot Snapshot() => Build(Analysis(
        Report(1, 0.9, true, Members("o", 1, 8).Concat(Members("d", 1, 2)), [
            Found(1, new DateOnly(2023, 9, 10), new DateOnly(2023, 9, 12)),
            Found(2, new DateOnly(2023, 12, 1), new DateOnly(2023, 12, 4)),
            Found(3, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1)),
        ]),
        Report(2, 0.2, false, Members("o", 9, 10).Concat(Members("n", 1, 4)), [Found(1, new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 2))]),
        Report(3, 0.1, false, Members("n", 5, 8))), null);

    private static GroundTruth Truth()
    {
        var rows = Members("o", 1, 10).Select(id => new TruthAccount(id, "operation", "A", []))
            .Concat(Members("d", 1, 2).Select(id => new TruthAccount(id, "decoy", "B", [])))
            .Concat(Members("n", 1, 8).Select(id => new TruthAccount(id, "organic", "C", [])))
            .Append(new TruthAccount("lonely", "organic", "D", []));
        return new GroundTruth("truth.csv", rows.ToDictionary(r => r.AccountId), HasCommunities: true);
    }

    [Fact]
    public void Truth_without_the_positive_label_is_an_error_naming_the_file_and_the_column_not_a_precision_of_0()
    {
        var accounts = TruthReaders.ReadGroundTruth(new StringReader("account_id,handle\no1,alpha\nn1,beta\n"), "accounts.csv");

        var ex = Assert.Throws<TruthFileException>(() => SnapshotEvaluator.Evaluate(Snapshot(), accounts));

        Assert.Equal("accounts.csv: column 'handle' labels no account 'operation' (its labels: 'alpha', 'beta').", ex.Message);
    }

    [Fact]
    public void Scores_flagged_accounts_against_the_positive_role()
    {
        var d = SnapshotEvaluator.Evaluate(Snapshot(), Truth()).Detection!;

        Assert.Equal((8, 2, 2, 9), (d.TruePositives, d.FalsePositives, d.FalseNegatives, d.TrueNegatives));
        Assert.Equal(0.8, d.Precision, 12);
        Assert.Equal(0.8, d.Recall, 12);
        Assert.Equal(0.8, d.F1, 12);
    }

    [Fact]
    public void The_largest_flagged_operation_holds_the_share_of_operation_accounts_of_all_its_parts()
    {
        // Two flagged halves of the operation: o1-o5 + d1 and o6-o10.
        var split = Build(Analysis(
            Report(1, 0.9, true, Members("o", 1, 5).Append("d1")),
            Report(2, 0.8, true, Members("o", 6, 10)),
            Report(3, 0.1, false, Members("n", 1, 8))), null);
        var joined = split with
        {
            Operations =
            [
                new SnapshotOperation("OP-C1-1", 1, ["C1-1", "C1-2"], 11, true, 0.9, [], "One network."),
                new SnapshotOperation("OP-C1-3", 2, ["C1-3"], 8, false, 0.1, [], "Another."),
            ],
        };

        var apart = SnapshotEvaluator.Evaluate(split, Truth()).Operation!;
        var together = SnapshotEvaluator.Evaluate(joined, Truth()).Operation!;

        Assert.Equal(("C1-1", 5, 0.5), (apart.OperationId, apart.PositivesInIt, apart.Share));
        Assert.Equal(("OP-C1-1", 2, 10, 1, 1.0), (together.OperationId, together.Parts, together.PositivesInIt, together.OthersInIt, together.Share));
    }

    [Fact]
    public void A_configurable_label_is_the_positive_one()
    {
        var d = SnapshotEvaluator.Evaluate(Snapshot(), Truth(), options: new EvaluationOptions { PositiveLabel = "decoy" }).Detection!;

        Assert.Equal((2, 8, 0), (d.TruePositives, d.FalsePositives, d.FalseNegatives));
        Assert.Equal(1, d.Recall, 12);
    }

    [Fact]
    public void Compares_clusters_with_planted_communities_over_shared_accounts()
    {
        var a = SnapshotEvaluator.Evaluate(Snapshot(), Truth()).Agreement;

        string[] clusters = [.. Enumerable.Repeat("1", 10), .. Enumerable.Repeat("2", 6), .. Enumerable.Repeat("3", 4)];
        string[] communities = [.. Enumerable.Repeat("A", 8), "B", "B", "A", "A", .. Enumerable.Repeat("C", 8)];
        Assert.Equal("community", a.LabelSource);
        Assert.Equal(20, a.Accounts);
        Assert.Equal(PartitionMetrics.Nmi(clusters, communities), a.Nmi, 12);
        Assert.Equal(PartitionMetrics.Ari(clusters, communities), a.Ari, 12);
        Assert.InRange(a.Ari, 0.2, 0.9);
    }

    [Fact]
    public void Matches_found_campaigns_within_a_day()
    {
        var known = new[]
        {
            new TruthCampaign("k1", "September", new DateOnly(2023, 9, 11), new DateOnly(2023, 9, 12)),
            new TruthCampaign("k2", "December", new DateOnly(2023, 12, 1), new DateOnly(2023, 12, 6)),
            new TruthCampaign("k3", "February", new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 2)),
        };

        var c = SnapshotEvaluator.Evaluate(Snapshot(), Truth(), known).Campaigns!;

        Assert.Equal(("C1-1", 1, -1, 0), (c.Matches[0].ClusterId, c.Matches[0].CampaignIndex, c.Matches[0].StartErrorDays, c.Matches[0].EndErrorDays));
        Assert.Null(c.Matches[1].ClusterId); // ends two days early
        Assert.Null(c.Matches[2].ClusterId); // found only by an unflagged cluster
        Assert.Equal((3, 1), (c.Found, c.FoundMatching));
        Assert.Equal(1 / 3.0, c.Precision, 12);
        Assert.Equal(1 / 3.0, c.Recall, 12);
    }

    [Fact]
    public void Unflagged_campaigns_count_when_asked()
    {
        var known = new[] { new TruthCampaign("k3", "February", new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 2)) };

        var c = SnapshotEvaluator.Evaluate(Snapshot(), Truth(), known, new EvaluationOptions { FlaggedCampaignsOnly = false }).Campaigns!;

        Assert.Equal("C1-2", c.Matches[0].ClusterId);
        Assert.Equal(1, c.Recall, 12);
    }
}
