using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Core.Structure;
using static NetworkGraph.Core.Tests.Snapshots.SnapshotFixtures;

namespace NetworkGraph.Core.Tests.Structure;

public sealed class OperationGrouperTests
{
    /// <summary>Every pair of <paramref name="a"/> x <paramref name="b"/> (or inside one list) whose index sum passes <paramref name="keep"/>.</summary>
    private static IEnumerable<ClusterEdge> Ties(string[] a, string[] b, Func<int, int, bool> keep)
    {
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                if (string.CompareOrdinal(a[i], b[j]) < 0 && keep(i, j))
                {
                    yield return new ClusterEdge(a[i], b[j], CoordinationKinds.CoTweet, 3, 10, []);
                }
            }
        }
    }

    private static Snapshot Three(string[] op1, string[] op2, string[] other) => Build(
        Analysis(Report(1, 0.8, true, op1), Report(2, 0.7, true, op2), Report(3, 0.1, false, other)), null);

    private static readonly string[] Left = Members("a", 10, 29);
    private static readonly string[] Right = Members("b", 10, 29);
    private static readonly string[] Organic = Members("o", 10, 29);

    [Fact]
    public void Two_halves_tied_across_as_densely_as_inside_are_one_operation_and_a_loosely_tied_cluster_stays_apart()
    {
        var snapshot = Three(Left, Right, Organic);
        var edges = Ties(Left, Left, (_, _) => true)
            .Concat(Ties(Right, Right, (_, _) => true))
            .Concat(Ties(Organic, Organic, (_, _) => true))
            .Concat(Ties(Left, Right, (i, j) => (i + j) % 4 != 0))   // 75% of the cross pairs
            .Concat(Ties(Right, Organic, (i, j) => i == j))          // 20 stray ties: 5% of the cross pairs
            .ToArray();

        var operations = OperationGrouper.Group(snapshot.Clusters, edges);

        Assert.Equal(2, operations.Count);
        var op = operations[0];
        Assert.Equal(["C1-1", "C1-2"], op.Parts.Order(StringComparer.Ordinal));
        Assert.Equal(40, op.Size);
        Assert.True(op.Flagged);
        Assert.Equal(1, op.Rank);
        var tie = Assert.Single(op.Ties);
        Assert.Equal(300, tie.LinkedPairs);
        Assert.Equal(0.75, tie.TieRatio, 3);
        Assert.Contains("One network of 40 accounts in two clusters", op.Narrative, StringComparison.Ordinal);
        Assert.Equal(["C1-3"], operations[1].Parts);
        Assert.False(operations[1].Flagged);
    }

    [Fact]
    public void Clusters_with_sparse_ties_between_them_stay_separate_operations()
    {
        var snapshot = Three(Left, Right, Organic);
        var edges = Ties(Left, Left, (_, _) => true)
            .Concat(Ties(Right, Right, (_, _) => true))
            .Concat(Ties(Organic, Organic, (_, _) => true))
            .Concat(Ties(Left, Right, (i, j) => (i + j) % 3 == 0))   // a third of the cross pairs
            .ToArray();

        var operations = OperationGrouper.Group(snapshot.Clusters, edges);

        Assert.Equal(3, operations.Count);
        Assert.All(operations, o => Assert.Single(o.Parts));
        Assert.Equal("OP-C1-1", operations[0].Id);
    }

    [Fact]
    public void A_chain_of_groups_is_joined_only_while_the_merged_group_stays_densely_tied()
    {
        // A-B dense, B-C dense, A-C none: once A and B are one group, its ties to C cover only half of its pairs.
        var snapshot = Three(Left, Right, Organic);
        var edges = Ties(Left, Left, (_, _) => true)
            .Concat(Ties(Right, Right, (_, _) => true))
            .Concat(Ties(Organic, Organic, (_, _) => true))
            .Concat(Ties(Left, Right, (_, _) => true))
            .Concat(Ties(Right, Organic, (i, j) => (i + j) % 5 != 0))
            .ToArray();

        var operations = OperationGrouper.Group(snapshot.Clusters, edges, new OperationOptions { MinTieRatio = 0.5 });

        Assert.Equal(["C1-1", "C1-2"], operations.Single(o => o.Parts.Count > 1).Parts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_grouping_does_not_depend_on_the_order_of_the_edges()
    {
        var snapshot = Three(Left, Right, Organic);
        var edges = Ties(Left, Left, (_, _) => true)
            .Concat(Ties(Right, Right, (i, j) => (i * j) % 3 != 0))
            .Concat(Ties(Organic, Organic, (_, _) => true))
            .Concat(Ties(Left, Right, (i, j) => (i + j) % 4 != 0))
            .ToArray();

        var forward = OperationGrouper.Group(snapshot.Clusters, edges);
        var backward = OperationGrouper.Group(snapshot.Clusters, edges.Reverse().ToArray());

        Assert.Equal(SnapshotJson.Serialize(forward), SnapshotJson.Serialize(backward));
    }

    [Fact]
    public void A_pair_linked_in_several_kinds_either_way_round_counts_once_and_self_links_not_at_all()
    {
        var snapshot = Three(Left, Right, Organic);
        var edges = Ties(Left, Left, (_, _) => true)
            .Concat(Ties(Right, Right, (_, _) => true))
            .Concat(Ties(Left, Right, (i, j) => (i + j) % 4 != 0))
            .ToArray();
        var repeated = edges
            .Concat(edges.Select(e => e with { A = e.B, B = e.A, Kind = CoordinationKinds.CoRetweet }))
            .Concat(Left.Select(a => new ClusterEdge(a, a, CoordinationKinds.CoTweet, 1, 1, [])))
            .ToArray();

        var once = OperationGrouper.Group(snapshot.Clusters, edges);
        var again = OperationGrouper.Group(snapshot.Clusters, repeated);

        Assert.Equal(300, Assert.Single(once[0].Ties).LinkedPairs);
        Assert.Equal(SnapshotJson.Serialize(once), SnapshotJson.Serialize(again));
    }

    [Fact]
    public void Out_of_range_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() => OperationGrouper.Group([], [], new OperationOptions { MinTieRatio = 0 }));
        Assert.Throws<ArgumentException>(() => OperationGrouper.Group([], [], new OperationOptions { MinLinkedPairs = 0 }));
    }
}
