using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Core.Tests.Clustering;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Snapshots;

public sealed class SnapshotJsonTests
{
    private static Snapshot RealSnapshot()
    {
        var (members, posts) = ScoringScenarios.CopyPasteOperation();
        var profile = new AnalysisProfile { TimeZone = "+04:00", Holidays = [new Holiday { Date = new DateOnly(2023, 9, 5), Name = "h" }] };
        var input = new ClusterInput([Account("op001", location: "Baku")], posts, Partition((1, members)), DeriveEdges(posts));
        var analysis = new ClusterAnalyzer(profile).Analyze(input);
        return SnapshotFixtures.Build(analysis, null) with { InputFingerprint = InputFingerprint.Compute(input) };
    }

    [Fact]
    public void A_snapshot_survives_a_json_round_trip()
    {
        var snapshot = RealSnapshot();
        var json = SnapshotJson.Serialize(snapshot);

        var back = SnapshotJson.Deserialize<Snapshot>(json);

        Assert.Equal(json, SnapshotJson.Serialize(back));
        Assert.Equal(snapshot.CreatedAt, back.CreatedAt);
        Assert.Equal(snapshot.Clusters[0].Members, back.Clusters[0].Members);
        Assert.Equal(snapshot.Clusters[0].Report.Score.Signals, back.Clusters[0].Report.Score.Signals);
        Assert.Equal(snapshot.Clusters[0].Report.Campaigns.Count, back.Clusters[0].Report.Campaigns.Count);
    }

    [Fact]
    public void The_json_uses_camel_case_and_named_enums()
    {
        var json = SnapshotJson.Serialize(RealSnapshot());

        Assert.Contains("\"inputFingerprint\":", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"New\"", json, StringComparison.Ordinal);
        Assert.Contains("\"co_tweet\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_input_fingerprint_ignores_list_order_but_not_content()
    {
        var (members, posts) = ScoringScenarios.CopyPasteOperation();
        var edges = DeriveEdges(posts);
        var input = new ClusterInput([], posts, Partition((1, members)), edges);
        var reordered = new ClusterInput([], posts.AsEnumerable().Reverse().ToArray(), Partition((1, members.Reverse().ToArray())), edges.Reverse().Select(e => e with { A = e.B, B = e.A }).ToArray());
        var edited = new ClusterInput([], posts.Select((p, i) => i == 7 ? p with { Text = p.Text + "!" } : p).ToArray(), Partition((1, members)), edges);

        Assert.Equal(InputFingerprint.Compute(input), InputFingerprint.Compute(reordered));
        Assert.NotEqual(InputFingerprint.Compute(input), InputFingerprint.Compute(edited));
        Assert.NotEqual(InputFingerprint.Compute(input), InputFingerprint.Compute(input with { EdgeWindowSeconds = 60 }));
        Assert.Equal(64, InputFingerprint.Compute(input).Length);
    }
}
