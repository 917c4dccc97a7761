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

    [Theory]
    [InlineData(1, false)]
    [InlineData(10, true)]
    public void The_verdict_names_the_profile_part_only_when_it_contributes(int postingInAzeri, bool named)
    {
        // One member of ten posting in the target language adds 0.002, which would print as "Profile signals (0.00)".
        var members = Ids("lang", 10);
        var posts = members.SelectMany((m, i) => Enumerable.Range(0, 3).Select(k => Original(
            $"{m}-{k}", m, T0.AddHours((i * 3) + k), $"{m} writes his own note number {k}", i < postingInAzeri ? "az" : "en"))).ToArray();

        var score = AnalyseSingle(new ClusterInput([], posts, Partition((1, members)), []), Profile).Score;

        Assert.Equal(0.02 * postingInAzeri / 10, score.ProfilePart, 12);
        Assert.Equal(named, score.Verdict.Contains("Profile signals (0.02)", StringComparison.Ordinal));
        Assert.Equal(named, score.Verdict.Contains("Profile signals", StringComparison.Ordinal));
    }

    [Fact]
    public void A_copy_paste_cluster_is_flagged_with_coordination_signals_leading()
    {
        var (members, posts) = ScoringScenarios.CopyPasteOperation();
        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts))), Profile);

        Assert.True(report.Score.Flagged, report.Score.Verdict);
        // Every post copy-pasted within seconds: fast edges at full marks prove coordination alone (evidence 1). Synchrony
        // is not asked for: all posts keep the same hours of the day, so the time-shift null model explains much of it.
        Assert.Equal(1, report.Score.Signals.Where(s => s.Category == "coordination").Sum(s => s.Contribution), 9);
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
        // Everyone posts the story's headline the same day, so copies within a minute happen by chance (the time-shift
        // null moves whole days and cannot see that: copy-paste only supports a verdict); the pair test of co-share
        // timing, which decides alone, finds nothing.
        Assert.True(report.Score.Signals.Single(s => s.Name == SignalNames.FastEdges).Value < 0.05, report.Score.Verdict);
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
    public void Coordination_signals_combine_as_independent_evidence_and_their_contributions_sum_to_the_score()
    {
        var (members, posts) = ScoringScenarios.DilutedOperation();
        var score = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts))), Profile).Score;

        var coordination = score.Signals.Where(s => s.Category == "coordination").ToArray();
        Assert.Equal(9, score.Signals.Count);
        Assert.Equal(1 - coordination.Aggregate(1.0, (left, s) => left * (1 - (s.Value * s.Weight))), score.Value, 12);
        Assert.Equal(coordination.Sum(s => s.Contribution), score.Value, 12);
        Assert.All(coordination, s => Assert.InRange(s.Contribution, 0, (s.Value * s.Weight) + 1e-12));
        Assert.All(score.Signals.Where(s => s.Category == "profile"), s => Assert.Equal(s.Value * s.Weight, s.Contribution, 12));
        Assert.Equal(score.Signals.Where(s => s.Category == "profile").Sum(s => s.Contribution), score.ProfilePart, 12);
        Assert.All(score.Signals, s => Assert.False(string.IsNullOrWhiteSpace(s.Sentence)));
    }

    [Fact]
    public void A_retweet_only_cluster_is_flagged_on_co_shares_closer_than_chance_alone()
    {
        var (members, posts) = ScoringScenarios.RetweetCrews();
        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts, 3600))), Profile);

        Assert.InRange(report.Metrics.FastWeightShare, 0.5, 0.7);
        Assert.True(report.Score.Signals.Single(s => s.Name == SignalNames.SynchronisedBursts).Value < 0.05, report.Score.Verdict);
        Assert.True(report.Score.Flagged, report.Score.Verdict);
        var copy = report.Score.Signals.Single(s => s.Name == SignalNames.CopyPaste);
        Assert.Equal(0, copy.Weight);
        Assert.StartsWith("Not measurable: none of its", copy.Sentence, StringComparison.Ordinal);
        Assert.Contains("mostly by co_retweet", report.Score.Verdict, StringComparison.Ordinal);
        Assert.Contains("it coordinates within minutes", report.Score.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_table_without_texts_is_flagged_on_its_co_share_timing()
    {
        var (members, posts, edges) = ScoringScenarios.CoordinatedShareTable(3600);
        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), edges)), Profile);

        Assert.Equal(0, report.Metrics.ComparableTextPosts);
        Assert.InRange(report.Metrics.FastWeightShare, 0.5, 0.75);
        Assert.True(report.Score.Flagged, report.Score.Verdict);
        Assert.Contains("mostly by co_share", report.Score.Verdict, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(40, true)]
    public void Fast_co_shares_count_at_their_lower_confidence_bound(int coSharesPerPair, bool flagged)
    {
        // Three accounts, two of their three pairs fast: two-thirds of the weight, but over six co-shares that proves
        // little (small groups that look fast by chance are many); over 120 it is coordination.
        var members = Ids("few", 3);
        var edges = new List<ClusterEdge>
        {
            Edge(members[0], members[1], CoordinationKinds.CoShare, coSharesPerPair, 30),
            Edge(members[1], members[2], CoordinationKinds.CoShare, coSharesPerPair, 45),
            Edge(members[0], members[2], CoordinationKinds.CoShare, coSharesPerPair, 1800),
        };

        var report = AnalyseSingle(Wide(new ClusterInput([], [], Partition((1, members)), edges)), Profile);

        Assert.Equal(2.0 / 3, report.Metrics.FastWeightShare, 9);
        Assert.Equal(flagged, report.Score.Flagged);
        Assert.Contains("at 99% confidence over " + (3 * coSharesPerPair) + " co-shares", report.Score.Signals.Single(s => s.Name == SignalNames.FastEdges).Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void One_heavy_fast_pair_inside_a_large_slow_community_does_not_flag_it()
    {
        // Two accounts of one owner cross-posting the same links within a second, inside 40 fans who retweet slowly:
        // most of the co-share weight is fast, but 2 of 40 members take part.
        var (members, posts) = ScoringScenarios.SlowRetweetFans();
        var edges = DeriveEdges(posts).Append(Edge(members[0], members[1], CoordinationKinds.CoLink, 30_000, 1)).ToList();

        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), edges)), Profile);

        Assert.True(report.Metrics.FastWeightShare > 0.6, $"fast share {report.Metrics.FastWeightShare}");
        Assert.Equal(2, report.Metrics.FastMembers);
        Assert.False(report.Score.Flagged, report.Score.Verdict);
        Assert.Contains("2 of its 40 members (5%) have such a partner", report.Score.Signals.Single(s => s.Name == SignalNames.FastEdges).Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_table_of_independent_sharers_is_not_flagged()
    {
        var (members, posts, edges) = ScoringScenarios.RandomShareTable(30, seed: 31, windowSeconds: 3600);
        var report = AnalyseSingle(Wide(new ClusterInput([], posts, Partition((1, members)), edges)), Profile);

        Assert.True(report.Metrics.InternalPairs > 200, "the random sharers must be linked for the test to mean anything");
        Assert.False(report.Score.Flagged, report.Score.Verdict);
        Assert.True(report.Score.Value < 0.1, report.Score.Verdict);
    }

    [Fact]
    public void Profile_signals_at_full_weight_and_full_marks_still_never_flag()
    {
        var weights = SignalNames.Coordination.Select(n => (n, 1.0)).Concat(SignalNames.Profile.Select(n => (n, 0.2)))
            .ToDictionary(x => x.n, x => x.Item2);
        var options = new ClusterAnalysisOptions { Scoring = new ScoringOptions { Weights = weights } };
        var (accounts, posts) = ScoringScenarios.ProfileOnlyLookAlike();

        var score = AnalyseSingle(new ClusterInput(accounts, posts, Partition((1, accounts.Select(a => a.Id).ToArray())), []), Profile, options).Score;

        Assert.Equal(1, score.ProfilePart, 12);
        Assert.True(score.Value < 0.1, score.Verdict);
        Assert.False(score.Flagged);
        Assert.Contains("they never flag one", score.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parameters_name_every_weight_and_window()
    {
        var p = new ClusterAnalysisOptions().ToParameters();

        Assert.Equal("300", p["cluster.fast_dt_s"]);
        Assert.Equal("co_tweet,co_similar_tweet,co_retweet,co_link", p["cluster.fast_kinds"]);
        Assert.All(SignalNames.Coordination.Concat(SignalNames.Profile), n => Assert.True(p.ContainsKey("score.weight." + n), n));
    }

    [Theory]
    [InlineData(SignalNames.CopyPaste, 1.5)]
    [InlineData(SignalNames.FastEdges, -0.1)]
    public void A_weight_outside_zero_to_one_is_rejected(string signal, double weight)
    {
        var weights = new Dictionary<string, double>(ScoringOptions.DefaultWeights, StringComparer.Ordinal) { [signal] = weight };
        var options = new ClusterAnalysisOptions { Scoring = new ScoringOptions { Weights = weights } };

        var ex = Assert.Throws<ArgumentException>(() => new ClusterAnalyzer(AnalysisProfile.Empty, options));
        Assert.Contains("Scoring.Weights", ex.Message, StringComparison.Ordinal);
        Assert.Contains(signal, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_weights_above_one_in_all_are_rejected()
    {
        var weights = SignalNames.Profile.ToDictionary(n => n, _ => 0.3, StringComparer.Ordinal);
        weights[SignalNames.FastEdges] = 1;
        var options = new ClusterAnalysisOptions { Scoring = new ScoringOptions { Weights = weights } };

        var ex = Assert.Throws<ArgumentException>(() => new ClusterAnalyzer(AnalysisProfile.Empty, options));
        Assert.Contains("profile signals at most 1", ex.Message, StringComparison.Ordinal);
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
        // Without timing, copy-paste and synchrony (each only supporting) must agree: waves at a random hour each day
        // make the synchrony more than the time-shift null gives.
        var (members, posts) = ScoringScenarios.CopyPasteOperation(anyHour: true);
        var input = new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts)) { EdgeWindowSeconds = 60 };

        var analysis = new ClusterAnalyzer(Profile).Analyze(input);

        var score = Assert.Single(analysis.Clusters).Score;
        Assert.False(analysis.EdgeTimingMeasurable);
        Assert.All(score.Signals.Where(s => s.Name is SignalNames.FastEdges or SignalNames.FastCopyEdges), s =>
        {
            Assert.Equal(0, s.Weight);
            Assert.StartsWith("Not measurable: the edges came from a 60 s window", s.Sentence, StringComparison.Ordinal);
        });
        Assert.Equal(score.Signals.Where(s => s.Category == "coordination").Sum(s => s.Contribution), score.Value, 12);
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
