using System.Text.RegularExpressions;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Structure;
using NetworkGraph.Storage.Neo4j;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Tests.Neo4j.Support;

namespace NetworkGraph.Storage.Tests.Neo4j.Push;

/// The rows C# builds and the row.X the cypher/write files read must name the same keys, or a property is silently null.
public sealed class RowMapsTests
{
    private static readonly Post Post = new("9001", "1001", Some.First, "text", "az", PostKind.Quote, "8000", "1002",
        ["1002"], ["BIG"], ["https://example.org/a"]);

    public static TheoryData<string, string> Rows()
    {
        var snapshot = Some.Snapshot();
        var cluster = snapshot.Clusters[0];
        var rows = new Dictionary<string, Dictionary<string, object?>>
        {
            ["write/accounts"] = RowMaps.Account(Some.Accounts[0]),
            ["write/posts"] = RowMaps.Post(Post),
            ["write/retweeted"] = RowMaps.Interaction(Some.Retweet),
            ["write/co-tweet"] = RowMaps.Coordination(Some.CoTweet),
            ["write/snapshot"] = RowMaps.Snapshot(snapshot, "v0"),
            ["write/clusters"] = RowMaps.Cluster(snapshot.Id, cluster),
            ["write/memberships"] = RowMaps.Membership(snapshot.Id, cluster.Id, "1001"),
            ["write/lineage"] = RowMaps.Lineage("v0", snapshot.Id, cluster.Id, new NetworkGraph.Core.Snapshots.LineageLink("C0-1", 2, 0.5, 1.0)),
            ["write/operations"] = RowMaps.Operation(snapshot.Id, new SnapshotOperation("OP-C1-1", 1, [cluster.Id], 3, true, 0.9, [], "One network.")),
            ["write/amplified-accounts"] = RowMaps.AmplifiedAccount(snapshot.Id, "OP-C1-1", new AmplifiedAccount("1001", 2.5, 0.15, 1, 3)),
            ["write/amplifies"] = RowMaps.Amplifies(snapshot.Id, "OP-C1-1", new AmplificationLink("1001", "1002", 4)),
        };
        var data = new TheoryData<string, string>();
        foreach (var (query, row) in rows)
        {
            data.Add(query, string.Join(",", row.Keys.Order(StringComparer.Ordinal)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_row_carries_exactly_the_keys_its_query_reads(string query, string keys)
    {
        var read = Regex.Matches(CypherCatalog.Embedded.Query(query), @"\brow\.(\w+)")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(string.Join(",", read), keys);
    }

    [Fact]
    public void Every_write_query_is_covered_by_a_row_map()
    {
        var covered = Rows().Select(r => (string)r[0]).ToHashSet();
        var batched = CypherCatalog.Embedded.Names
            .Where(n => n.StartsWith("write/", StringComparison.Ordinal) && CypherCatalog.Embedded.Query(n).StartsWith("UNWIND $rows", StringComparison.Ordinal));
        var sameShape = new[] { "write/quoted", "write/replied-to", "write/mentioned" }
            .Concat(GraphTypes.AllCoordination.Select(t => t.WriteQuery()));
        Assert.All(batched, n => Assert.True(covered.Contains(n) || sameShape.Contains(n), n));
    }

    [Fact]
    public void Interaction_and_coordination_files_of_one_family_differ_only_in_the_relationship_type()
    {
        var retweeted = CypherCatalog.Embedded.Query("write/retweeted");
        foreach (var type in Enum.GetValues<InteractionType>())
        {
            Assert.Equal(retweeted.Replace(":RETWEETED]", $":{type.RelationshipType()}]", StringComparison.Ordinal),
                CypherCatalog.Embedded.Query(type.WriteQuery()));
        }

        var coTweet = CypherCatalog.Embedded.Query("write/co-tweet");
        foreach (var type in GraphTypes.AllCoordination.Where(t => t != CoordinationType.Share))
        {
            Assert.Equal(coTweet.Replace(":CO_TWEET]", $":{type.RelationshipType()}]", StringComparison.Ordinal),
                CypherCatalog.Embedded.Query(type.WriteQuery()));
        }

        // CO_SHARE holds every kind a share table names: one relationship per pair and kind, the kind a property.
        Assert.Equal(coTweet.Replace(":CO_TWEET]", ":CO_SHARE {kind: row.kind}]", StringComparison.Ordinal),
            CypherCatalog.Embedded.Query(CoordinationType.Share.WriteQuery()));
    }

    [Fact]
    public void Carries_a_share_table_kind_as_a_row_value_and_leaves_it_out_of_other_rows()
    {
        var named = Some.CoTweet with { Type = CoordinationType.Share, Kind = "co_image'}]->(x) DETACH DELETE x //" };

        Assert.Equal(named.Kind, (string?)RowMaps.Coordination(named)["kind"]);
        Assert.False(RowMaps.Coordination(Some.CoTweet).ContainsKey("kind"));
    }

    [Fact]
    public void Stores_an_undirected_pair_from_the_smaller_id_to_the_larger()
    {
        var row = RowMaps.Coordination(Some.CoTweet);
        Assert.Equal(("1001", "1002"), ((string?)row["sourceId"], (string?)row["targetId"]));
        var same = RowMaps.Coordination(Some.CoTweet with { SourceId = "1001", TargetId = "1002" });
        Assert.Equal(row, same);
    }

    [Fact]
    public void Names_a_cluster_node_by_snapshot_and_stable_cluster_id_and_keeps_only_contributing_signals()
    {
        var snapshot = Some.Snapshot();
        var row = RowMaps.Cluster(snapshot.Id, snapshot.Clusters[0]);
        Assert.Equal("v1-abc/C1-1", row["id"]);
        Assert.Equal("C1-1", row["stableId"]);
        Assert.Equal(new[] { "80% of posts were copy-pasted", "Copies within 12 s" }, (string[])row["signals"]!);
        Assert.Equal(new[] { "2023-09-12..2023-09-14: 10 posts by 2 accounts, peak 7/day" }, (string[])row["campaigns"]!);
    }

    [Fact]
    public void Parses_coordination_types_by_relationship_or_short_name()
    {
        Assert.Equal(CoordinationType.Tweet, GraphTypes.ParseCoordination("CO_TWEET"));
        Assert.Equal(CoordinationType.Retweet, GraphTypes.ParseCoordination("co-retweet"));
        Assert.Equal(CoordinationType.Similar, GraphTypes.ParseCoordination("similar"));
        var error = Assert.Throws<FormatException>(() => GraphTypes.ParseCoordination("co_follow"));
        Assert.Contains("CO_TWEET", error.Message);
    }
}
