using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class ScoringTests
{
    private static readonly AnalysisProfile Profile = new()
    {
        Name = "test",
        TimeZone = "+04:00",
        TargetLanguages = ["az"],
        Gazetteers = [new TermSet { Id = "AZ", Label = "an Azerbaijani location", Terms = ["Bakı"] }],
        Lexicons = [new TermSet { Id = "party", Label = "party ties", CaseSensitiveTerms = ["YAP"] }],
        Holidays = [new Holiday { Date = new DateOnly(2023, 9, 15), Name = "Test holiday" }],
    };

    private static ClusterInput Wide(ClusterInput input) => input with { EdgeWindowSeconds = 3600 };

    [Fact]
    public void A_copy_paste_cluster_is_flagged_with_coordination_signals_leading()
    {
        var (members, posts) = ScoringScenarios.CopyPasteOperation();
        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts))), Profile);

        Assert.True(report.Score.Flagged, report.Score.Verdict);
        // Every post copy-pasted within seconds: fast edges, copy-paste and fast copy edges at full marks (0.40 + 0.25 +
        // 0.10). Synchrony is not asked for: all posts keep the same hours of the day, so the time-shift null model
        // explains much of it.
        Assert.True(report.Score.Signals.Where(s => s.Category == "coordination").Sum(s => s.Contribution) >= 0.75 - 1e-9, report.Score.Verdict);
        Assert.Equal(1, report.Metrics.CopyPasteShare, 12);
        var top = report.Score.Signals.OrderByDescending(s => s.Contribution).First();
        Assert.Equal("coordination", top.Category);
        Assert.StartsWith("Flagged as an amplification network", report.Score.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dense_slow_retweet_fan_cluster_is_not_flagged()
    {
        var (members, posts) = ScoringScenarios.SlowRetweetFans();
        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts))), Profile);

        Assert.Equal(1, report.Metrics.Density, 12);
        Assert.False(report.Score.Flagged, report.Score.Verdict);
        Assert.True(report.Score.Value < 0.15, report.Score.Verdict);
    }

    [Fact]
    public void News_readers_sharing_the_same_links_hours_apart_are_not_flagged()
    {
        var (members, posts, edges) = ScoringScenarios.NewsJunkies();
        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), edges)), Profile);

        Assert.False(report.Score.Flagged, report.Score.Verdict);
        Assert.True(report.Score.Value < 0.15, report.Score.Verdict);
    }

    [Fact]
    public void Profile_signals_alone_never_flag_a_cluster()
    {
        var (accounts, posts) = ScoringScenarios.ProfileOnlyLookAlike();
        var report = AnalyseSingle(new ClusterInput(accounts, posts, Partition((1, accounts.Select(a => a.Id).ToArray())), []), Profile);

        Assert.All(report.Score.Signals.Where(s => s.Category == "profile"), s => Assert.Equal(1, s.Value, 12));
        Assert.Equal(0.1, report.Score.ProfilePart, 12);
        Assert.False(report.Score.Flagged, report.Score.Verdict);
    }

    [Fact]
    public void A_fast_retweet_ring_is_flagged_through_fast_edges_and_synchrony()
    {
        var (members, posts) = ScoringScenarios.FastRetweetRing();
        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts))), Profile);

        Assert.True(report.Score.Flagged, report.Score.Verdict);
        Assert.Equal(0, report.Metrics.CopyPasteShare);
    }

    [Fact]
    public void Each_contribution_is_value_times_weight_and_they_sum_to_the_score()
    {
        var (members, posts) = ScoringScenarios.CopyPasteOperation();
        var score = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts))), Profile).Score;

        Assert.Equal(9, score.Signals.Count);
        Assert.All(score.Signals, s => Assert.Equal(s.Value * s.Weight, s.Contribution, 12));
        Assert.Equal(score.Signals.Sum(s => s.Contribution), score.Value, 12);
        Assert.All(score.Signals, s => Assert.False(string.IsNullOrWhiteSpace(s.Sentence)));
    }

    [Fact]
    public void A_profile_heavy_weighting_is_still_held_back_by_the_coordination_floor()
    {
        var weights = SignalNames.Coordination.Select(n => (n, 0.05)).Concat(SignalNames.Profile.Select(n => (n, 0.16)))
            .ToDictionary(x => x.n, x => x.Item2);
        var options = new ClusterAnalysisOptions { Scoring = new ScoringOptions { Weights = weights } };
        var (accounts, posts) = ScoringScenarios.ProfileOnlyLookAlike();

        var score = AnalyseSingle(new ClusterInput(accounts, posts, Partition((1, accounts.Select(a => a.Id).ToArray())), []), Profile, options).Score;

        Assert.True(score.Value >= score.Threshold, score.Verdict);
        Assert.False(score.Flagged);
        Assert.Contains("profile signals alone never flag", score.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parameters_name_every_weight_and_window()
    {
        var p = new ClusterAnalysisOptions().ToParameters();

        Assert.Equal("300", p["cluster.fast_dt_s"]);
        Assert.Equal("co_tweet,co_similar_tweet,co_retweet,co_link", p["cluster.fast_kinds"]);
        Assert.All(SignalNames.Coordination.Concat(SignalNames.Profile), n => Assert.True(p.ContainsKey("score.weight." + n), n));
    }

    [Fact]
    public void Weights_that_do_not_sum_to_one_are_rejected()
    {
        var options = new ClusterAnalysisOptions { Scoring = new ScoringOptions { Weights = new Dictionary<string, double> { [SignalNames.CopyPaste] = 0.5 } } };

        var ex = Assert.Throws<ArgumentException>(() => new ClusterAnalyzer(AnalysisProfile.Empty, options));
        Assert.Contains("Scoring.Weights", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clusters_are_ranked_by_score_then_size_then_community()
    {
        var (opMembers, opPosts) = ScoringScenarios.CopyPasteOperation();
        var (fanMembers, fanPosts) = ScoringScenarios.SlowRetweetFans();
        var posts = opPosts.Concat(fanPosts).ToList();
        var quiet = new[] { "q1", "q2", "q3" };
        var partition = Partition((9, fanMembers), (4, opMembers), (2, quiet), (3, ["s1", "s2"]));

        var analysis = new ClusterAnalyzer(Profile).Analyze(Wide(new ClusterInput([], posts, partition, DeriveEdges(posts))));

        Assert.Equal([4, 9, 2], analysis.Clusters.Select(c => c.Community).ToArray());
        Assert.Equal([1, 2, 3], analysis.Clusters.Select(c => c.Rank).ToArray());
        Assert.Equal(1, analysis.SkippedCommunities);
        Assert.StartsWith("network 1: 30 accounts", analysis.Clusters[0].Narrative, StringComparison.Ordinal);
    }

    [Fact]
    public void Edges_from_a_window_no_wider_than_the_fast_threshold_leave_the_timing_signals_out()
    {
        var (members, posts) = ScoringScenarios.CopyPasteOperation();
        var input = new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts)) { EdgeWindowSeconds = 60 };

        var analysis = new ClusterAnalyzer(Profile).Analyze(input);

        var score = Assert.Single(analysis.Clusters).Score;
        Assert.False(analysis.EdgeTimingMeasurable);
        Assert.All(score.Signals.Where(s => s.Name is SignalNames.FastEdges or SignalNames.FastCopyEdges), s =>
        {
            Assert.Equal(0, s.Weight);
            Assert.StartsWith("Not measurable: the edges came from a 60 s window", s.Sentence, StringComparison.Ordinal);
        });
        Assert.Equal(1, score.Signals.Sum(s => s.Weight), 12);
        Assert.Equal(score.Signals.Sum(s => s.Contribution), score.Value, 12);
        Assert.True(score.Flagged, score.Verdict);
    }

    [Fact]
    public void A_narrow_window_is_inferred_when_no_edge_is_slow()
    {
        var (members, posts) = ScoringScenarios.FastRetweetRing();

        var analysis = new ClusterAnalyzer(Profile).Analyze(new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts)));

        Assert.False(analysis.EdgeTimingMeasurable);
        Assert.Contains("Not measurable: the edges came from a window", analysis.Clusters[0].Score.Signals[1].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_paste_gets_full_marks_from_the_configured_share()
    {
        var (members, posts) = ScoringScenarios.DilutedOperation();
        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts))), Profile);

        var copy = report.Score.Signals.Single(s => s.Name == SignalNames.CopyPaste);
        Assert.InRange(report.Metrics.CopyPasteShare, 0.2, 0.5);
        Assert.Equal(1, copy.Value);
        Assert.Contains("(full marks from 20%)", copy.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_diluted_by_filler_retweets_and_a_heavy_hashtag_layer_is_still_flagged()
    {
        var (members, posts) = ScoringScenarios.DilutedOperation();
        var edges = DeriveEdges(posts).ToList();
        edges.AddRange(members.SelectMany((a, i) => members.Skip(i + 1).Select(b => Edge(a, b, CoordinationKinds.CoHashtag, 50, 3000))));

        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), edges)), Profile);

        Assert.True(report.Metrics.KindShares[CoordinationKinds.CoHashtag] > 0.5);
        Assert.True(report.Score.Flagged, report.Score.Verdict);
    }
}
