using NetworkGraph.Core.Export;
using NetworkGraph.Core.Tests.Reporting;

namespace NetworkGraph.Core.Tests.Export;

public sealed class SnapshotExportMapperTests
{
    [Fact]
    public void Maps_every_member_to_a_node_with_its_handle_cluster_and_profile()
    {
        var input = ReportFixtures.Input();
        var graph = SnapshotExportMapper.Map(input);
        var node = graph.Nodes.Single(n => n.Id == "fr2");

        Assert.Equal(18, graph.Nodes.Count);
        Assert.Equal("@caledonie_2", node.Label);
        Assert.Equal(("C2-3", 0.58, true), (node.Cluster, node.Score, node.Flagged));
        Assert.Equal("fr", node.Attributes["language"]);
        Assert.Equal("Nouméa", node.Attributes["location"]);
        Assert.Equal(14L, node.Attributes["posts"]);
        Assert.Equal(2, node.Attributes["cluster_rank"]);
        Assert.Equal(5, node.Attributes["cluster_size"]);
        Assert.Equal("New", node.Attributes["lineage"]);
        Assert.Equal(input.Accounts.Single(a => a.Id == "fr2").CreatedAt, node.Attributes["created_at"]);
    }

    [Fact]
    public void Keeps_an_edge_end_outside_every_cluster_as_an_unclustered_node_unless_told_not_to()
    {
        var input = ReportFixtures.Input();

        var outsider = SnapshotExportMapper.Map(input).Nodes.Single(n => n.Id == "outsider");
        var without = SnapshotExportMapper.Map(input, new SnapshotExportOptions { IncludeUnclustered = false });

        Assert.Equal(("outsider", null, false), (outsider.Label, outsider.Cluster, outsider.Flagged));
        Assert.Equal(ClusterPalette.Unclustered, outsider.Color);
        Assert.DoesNotContain(without.Nodes, n => n.Id == "outsider");
        Assert.DoesNotContain(without.Edges, e => e.Target == "outsider");
    }

    [Fact]
    public void Writes_an_unclustered_accounts_post_count_as_unknown_unless_the_source_counted_it()
    {
        var input = ReportFixtures.Input();

        var unknown = SnapshotExportMapper.Map(input).Nodes.Single(n => n.Id == "outsider");
        var counted = SnapshotExportMapper.Map(input with { PostCounts = new Dictionary<string, long> { ["outsider"] = 4, ["fr2"] = 14 } }).Nodes;

        Assert.Null(unknown.Attributes["posts"]);
        Assert.Equal(4L, counted.Single(n => n.Id == "outsider").Attributes["posts"]);
        Assert.Equal(14L, counted.Single(n => n.Id == "fr2").Attributes["posts"]);
        Assert.Equal(0L, counted.Single(n => n.Id == "fr1").Attributes["posts"]);
    }

    [Fact]
    public void Maps_edges_with_kind_weight_mean_dt_evidence_and_times()
    {
        var graph = SnapshotExportMapper.Map(ReportFixtures.Input());
        var edge = graph.Edges.Single(e => e.Source == "fr1" && e.Target == "fr2");

        Assert.Equal(("co_tweet", 6d, 20d, 6L), (edge.Kind, edge.Weight, edge.MeanDeltaSeconds, edge.EvidenceCount));
        var spell = Assert.Single(edge.Spells);
        Assert.Equal((ReportFixtures.Start.AddDays(2), ReportFixtures.Start.AddDays(40)), (spell.Start, spell.End));
        Assert.Equal(ReportFixtures.Start.AddDays(2), edge.Attributes["first_at"]);
        Assert.Empty(graph.Edges.Single(e => e.Kind == "co_retweet" && e.Source == "az1").Spells);
    }

    [Fact]
    public void Colours_clusters_in_snapshot_order_so_the_best_scored_differ_most_and_filtering_keeps_colours()
    {
        var input = ReportFixtures.Input();

        var all = SnapshotExportMapper.Map(input);
        var flagged = SnapshotExportMapper.Map(input, new SnapshotExportOptions { Filter = new ExportFilter { FlaggedClustersOnly = true } });

        Assert.Equal(ClusterPalette.ColorAt(0), all.Nodes.Single(n => n.Id == "az1").Color);
        Assert.Equal(ClusterPalette.ColorAt(1), all.Nodes.Single(n => n.Id == "fr1").Color);
        Assert.Equal(ClusterPalette.ColorAt(2), all.Nodes.Single(n => n.Id == "en1").Color);
        Assert.All(flagged.Nodes, n => Assert.Equal(all.Nodes.Single(a => a.Id == n.Id).Color, n.Color));
    }

    [Fact]
    public void Takes_the_colours_of_a_palette_given_for_several_snapshots()
    {
        var palette = ClusterPalette.Create(["C0-9", "C3-2", "C2-3", "C1-1"]);

        var graph = SnapshotExportMapper.Map(ReportFixtures.Input(), new SnapshotExportOptions { Visuals = new ExportVisuals { Palette = palette } });

        Assert.All(graph.Nodes, n => Assert.Equal(palette.ColorOf(n.Cluster), n.Color));
    }

    [Fact]
    public void Filters_flagged_clusters_minimum_weight_and_kinds()
    {
        var input = ReportFixtures.Input();
        var filter = new ExportFilter { FlaggedClustersOnly = true, MinWeight = 5, Kinds = new HashSet<string> { "co_tweet" } };

        var graph = SnapshotExportMapper.Map(input, new SnapshotExportOptions { Filter = filter });

        Assert.Equal(13, graph.Nodes.Count);
        Assert.All(graph.Nodes, n => Assert.True(n.Flagged));
        Assert.All(graph.Edges, e => Assert.True(e.Kind == "co_tweet" && e.Weight >= 5));
        Assert.Equal(8, graph.Edges.Count);
    }

    [Fact]
    public void Builds_activity_spells_from_posts_joining_gaps_up_to_the_spell_gap()
    {
        var t0 = ReportFixtures.Start;
        var times = new[] { t0, t0.AddHours(20), t0.AddHours(40), t0.AddDays(5), t0.AddDays(5) };

        var spells = SnapshotExportMapper.Spells(times.Select(t => new ExportSpell(t, t)), TimeSpan.FromDays(1));

        Assert.Equal([new ExportSpell(t0, t0.AddHours(40)), new ExportSpell(t0.AddDays(5), t0.AddDays(5))], spells);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Spells_of_posting_instants_are_the_spells_of_those_instants_as_intervals(int seed)
    {
        // PointSpells folds sorted instants in one pass, for the exports' millions of posts; Spells is the general rule.
        var random = new Random(seed);
        var t0 = ReportFixtures.Start;
        var times = Enumerable.Range(0, 60).Select(_ => t0.AddMinutes(random.Next(0, 60 * 24 * 60))).ToList();
        var ticks = times.Select(t => t.UtcTicks).Order().ToArray();
        var gap = TimeSpan.FromHours(random.Next(1, 24));

        var expected = SnapshotExportMapper.Spells(times.Select(t => new ExportSpell(t, t)), gap);

        Assert.Equal(expected, SnapshotExportMapper.PointSpells(ticks, gap));
        Assert.InRange(expected.Count, 2, 59);
    }

    [Fact]
    public void Maps_the_same_graph_from_the_members_posting_times_as_from_their_posts()
    {
        // A store source gives the graph formats the times alone (no post objects); the report reads the posts.
        var withPosts = ReportFixtures.Input();
        var members = withPosts.Snapshot.Clusters.SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
        var times = withPosts.Posts.Where(p => members.Contains(p.AuthorId))
            .GroupBy(p => p.AuthorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<long>)[.. g.Select(p => p.Time.ToUnixTimeSeconds()).Reverse()], StringComparer.Ordinal);
        var withTimes = withPosts with { Posts = [], PostTimes = times };

        var expected = SnapshotExportMapper.Map(withPosts);
        var actual = SnapshotExportMapper.Map(withTimes);

        Assert.Equal(expected.Nodes.Select(n => n.Id), actual.Nodes.Select(n => n.Id));
        Assert.Equal(expected.Nodes.Select(n => n.Spells), actual.Nodes.Select(n => n.Spells));
        Assert.Equal(expected.Nodes.Select(n => n.Attributes["posts"]), actual.Nodes.Select(n => n.Attributes["posts"]));
        Assert.Contains(actual.Nodes, n => n.Spells.Count > 0 && members.Contains(n.Id));
    }

    [Fact]
    public void Takes_an_account_activity_from_its_edges_when_no_post_is_given()
    {
        var input = ReportFixtures.Input() with { Posts = [] };

        var node = SnapshotExportMapper.Map(input).Nodes.Single(n => n.Id == "fr2");

        Assert.Equal([new ExportSpell(ReportFixtures.Start.AddDays(2), ReportFixtures.Start.AddDays(40))], node.Spells);
        Assert.Null(node.Attributes["posts"]);
    }

    [Fact]
    public void Drops_self_loops()
    {
        var input = ReportFixtures.Input();
        var looped = input with { Edges = [.. input.Edges, new SnapshotExportEdge("az1", "az1", "co_tweet", 9)] };

        Assert.Equal(SnapshotExportMapper.Map(input).Edges.Count, SnapshotExportMapper.Map(looped).Edges.Count);
    }
}
