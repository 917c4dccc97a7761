using NetworkGraph.Core.Snapshots;
using static NetworkGraph.Core.Tests.Snapshots.SnapshotFixtures;

namespace NetworkGraph.Core.Tests.Snapshots;

public sealed class SnapshotLineageTests
{
    // Version 1: A (10), B (10), C (10), D (6), E (8), F (10), H (4).
    private static Snapshot First() => Build(Analysis(
        Report(1, 0.9, true, Members("a", 1, 10)),
        Report(2, 0.8, true, Members("b", 1, 10)),
        Report(3, 0.7, false, Members("c", 1, 10)),
        Report(4, 0.6, false, Members("d", 1, 6)),
        Report(5, 0.5, true, Members("e", 1, 8)),
        Report(6, 0.4, false, Members("f", 1, 10)),
        Report(7, 0.3, false, Members("h", 1, 4))), null);

    // Version 2: A unchanged, B grown, C shrunk, D+E merged, F split in two, G new, H gone.
    private static Snapshot Second(Snapshot first) => Build(Analysis(
        Report(10, 0.9, true, Members("a", 1, 10)),
        Report(11, 0.85, true, Members("b", 1, 15)),
        Report(12, 0.7, false, Members("c", 1, 6)),
        Report(13, 0.6, true, Members("d", 1, 6).Concat(Members("e", 1, 8))),
        Report(14, 0.4, false, Members("f", 1, 5).Append("x1")),
        Report(15, 0.4, false, Members("f", 6, 10)),
        Report(16, 0.2, false, Members("g", 1, 5).Append("h1"))), first);

    [Fact]
    public void The_first_snapshot_is_version_one_with_new_clusters_in_rank_order()
    {
        var first = First();

        Assert.Equal(1, first.Version);
        Assert.Equal(["C1-1", "C1-2", "C1-3", "C1-4", "C1-5", "C1-6", "C1-7"], first.Clusters.Select(c => c.Id).ToArray());
        Assert.All(first.Clusters, c => Assert.Equal(LineageKind.New, c.Lineage.Kind));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero), first.CreatedAt);
    }

    [Fact]
    public void Clusters_keep_their_identity_and_get_a_lineage_kind()
    {
        var second = Second(First());

        Assert.Equal(2, second.Version);
        Assert.Equal(
            [
                ("C1-1", LineageKind.Continued),
                ("C1-2", LineageKind.Grown),
                ("C1-3", LineageKind.Shrunk),
                ("C1-5", LineageKind.Merged), // E (8 shared) outweighs D (6 shared)
                ("C2-1", LineageKind.Split),
                ("C1-6", LineageKind.Split), // the part with the higher Jaccard keeps F's id
                ("C2-2", LineageKind.New),
            ],
            second.Clusters.Select(c => (c.Id, c.Lineage.Kind)).ToArray());
        var merged = second.Clusters[3].Lineage.Predecessors;
        Assert.Equal(["C1-5", "C1-4"], merged.Select(p => p.ClusterId).ToArray());
        Assert.Equal([8, 6], merged.Select(p => p.SharedMembers).ToArray());
    }

    [Fact]
    public void The_diff_reports_each_change_and_the_dissolved_cluster()
    {
        var first = First();
        var diff = SnapshotDiffer.Diff(first, Second(first));

        Assert.Equal(8, diff.Changes.Count);
        Assert.Equal(1, diff.Count(LineageKind.Continued));
        Assert.Equal(1, diff.Count(LineageKind.Grown));
        Assert.Equal(1, diff.Count(LineageKind.Shrunk));
        Assert.Equal(1, diff.Count(LineageKind.Merged));
        Assert.Equal(2, diff.Count(LineageKind.Split));
        Assert.Equal(1, diff.Count(LineageKind.New));
        var dissolved = Assert.Single(diff.Changes, c => c.Kind == LineageKind.Dissolved);
        Assert.Equal(("C1-7", 4, 0, 4), (dissolved.ClusterId, dissolved.SizeBefore, dissolved.SizeAfter, dissolved.MembersLeft));
    }

    [Fact]
    public void The_diff_counts_joined_and_left_members_and_scores()
    {
        var first = First();
        var diff = SnapshotDiffer.Diff(first, Second(first));

        var grown = diff.Changes.Single(c => c.ClusterId == "C1-2");
        Assert.Equal((10, 15, 5, 0), (grown.SizeBefore, grown.SizeAfter, grown.MembersJoined, grown.MembersLeft));
        Assert.Equal((0.8, 0.85), (grown.ScoreBefore, grown.ScoreAfter));
        Assert.Equal("C1-2 grew from 10 to 15 accounts (was C1-2, score 0.80 -> 0.85).", grown.Sentence);

        var split = diff.Changes.Single(c => c.ClusterId == "C2-1");
        Assert.Equal((10, 6, 1, 5), (split.SizeBefore, split.SizeAfter, split.MembersJoined, split.MembersLeft));

        var merged = diff.Changes.Single(c => c.Kind == LineageKind.Merged);
        Assert.Equal((14, 14, 0, 0), (merged.SizeBefore, merged.SizeAfter, merged.MembersJoined, merged.MembersLeft));
        Assert.True(merged.FlaggedBefore);
    }

    [Fact]
    public void The_diff_counts_accounts_entering_and_leaving_flagged_clusters()
    {
        var first = First();
        var diff = SnapshotDiffer.Diff(first, Second(first));

        // Before: A, B, E flagged (10 + 10 + 8). After: A, B and D+E flagged (10 + 15 + 14).
        Assert.Equal(28, diff.FlaggedAccountsBefore);
        Assert.Equal(39, diff.FlaggedAccountsAfter);
        Assert.Equal(11, diff.NewlyFlaggedAccounts); // b11-b15 and d1-d6
        Assert.Equal(0, diff.NoLongerFlaggedAccounts);
    }

    [Fact]
    public void A_small_overlap_does_not_link_clusters()
    {
        var first = Build(Analysis(Report(1, 0.5, false, Members("a", 1, 10))), null);
        var second = Build(Analysis(Report(1, 0.5, false, Members("a", 1, 4).Concat(Members("z", 1, 10)))), first);

        Assert.Equal(LineageKind.New, Assert.Single(second.Clusters).Lineage.Kind);
        Assert.Equal("C2-1", second.Clusters[0].Id);
        Assert.Equal(1, SnapshotDiffer.Diff(first, second).Count(LineageKind.Dissolved));
    }

    [Fact]
    public void The_same_analysis_input_and_clock_give_the_same_snapshot_id()
    {
        Assert.Equal(First().Id, First().Id);
        Assert.StartsWith("v1-", First().Id, StringComparison.Ordinal);
        Assert.NotEqual(First().Id, Build(Analysis(Report(1, 0.9, true, Members("a", 1, 10))), null, DateTimeOffset.UnixEpoch).Id);
    }
}
