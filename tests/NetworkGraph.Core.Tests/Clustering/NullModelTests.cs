using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>Verdicts measured against chance: random activity is not flagged, a planted group is.</summary>
public sealed class NullModelTests
{
    private const double Hour = 3600;

    [Fact]
    public void Accounts_sharing_popular_posts_at_random_times_are_not_flagged()
    {
        var (members, posts) = RandomActivity("rnd", 50, seed: 3);
        var input = new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts, Hour)) { EdgeWindowSeconds = Hour };

        var report = AnalyseSingle(input);

        Assert.True(report.Metrics.InternalPairs > 100, "the random accounts must be linked for the test to mean anything");
        Assert.False(report.Score.Flagged, report.Score.Verdict);
        Assert.True(report.Score.CoordinationPart < 0.15, report.Score.Verdict);
    }

    [Fact]
    public void A_group_planted_among_random_accounts_is_flagged_and_the_random_ones_are_not()
    {
        var (background, noise) = RandomActivity("rnd", 50, seed: 5);
        var (planted, plantedNoise) = RandomActivity("op", 15, seed: 6);
        var posts = noise.Concat(plantedNoise).ToList();
        var rng = new Random(8);
        for (var wave = 0; wave < 25; wave++)
        {
            var at = T0.AddDays(rng.Next(0, 30)).AddMinutes(rng.Next(0, 24 * 60));
            posts.AddRange(planted.Where(_ => rng.NextDouble() < 0.7)
                .Select((m, i) => Retweet($"wave-{wave}-{i}", m, at.AddSeconds(rng.Next(5, 120)), $"seed-{wave}", "seeder")));
        }

        var input = new ClusterInput([], posts, Partition((1, planted), (2, background)), DeriveEdges(posts, Hour)) { EdgeWindowSeconds = Hour };
        var analysis = new ClusterAnalyzer(AnalysisProfile.Empty).Analyze(input);

        var op = analysis.Clusters.Single(c => c.Community == 1);
        var rnd = analysis.Clusters.Single(c => c.Community == 2);
        Assert.True(op.Score.Flagged, op.Score.Verdict);
        Assert.False(rnd.Score.Flagged, rnd.Score.Verdict);
        Assert.Contains("within seconds", op.Narrative, StringComparison.Ordinal);
    }

    [Fact]
    public void Synchrony_that_a_shared_daily_rhythm_explains_scores_nothing()
    {
        // 30 accounts that all post in the same evening hour every day, independently: windows are crowded by rhythm.
        var rng = new Random(21);
        var members = Ids("tv", 30);
        var posts = members.SelectMany((m, i) => Enumerable.Range(0, 20).Select(d =>
            Original($"tv-{i}-{d}", m, T0.AddDays(d).AddHours(12).AddSeconds(rng.Next(0, 1800)), $"{m} watching tonight, day {d}"))).ToList();

        var report = AnalyseSingle(new ClusterInput([], posts, Partition((1, members)), []) { EdgeWindowSeconds = Hour });

        var sync = report.Score.Signals.Single(s => s.Name == SignalNames.SynchronisedBursts);
        Assert.True(report.Metrics.SynchronisedShare > 0.9, $"observed {report.Metrics.SynchronisedShare}");
        Assert.True(report.Metrics.ExpectedSynchronisedShare > 0.8, $"expected {report.Metrics.ExpectedSynchronisedShare}");
        Assert.True(sync.Value < 0.3, sync.Sentence);
        Assert.Contains("expected by chance", sync.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_shift_null_model_is_deterministic()
    {
        var (members, posts) = RandomActivity("rnd", 20, seed: 9);
        var input = new ClusterInput([], posts, Partition((1, members)), DeriveEdges(posts, Hour)) { EdgeWindowSeconds = Hour };

        var first = AnalyseSingle(input).Metrics;
        var second = AnalyseSingle(input).Metrics;

        Assert.Equal(first.ExpectedSynchronisedShare, second.ExpectedSynchronisedShare);
        Assert.Equal(first.ExpectedCopyPasteShare, second.ExpectedCopyPasteShare);
    }

    /// <summary>Accounts posting at random times over 30 days: their own texts, and retweets of 15 popular posts.</summary>
    private static (string[] Members, List<Post> Posts) RandomActivity(string prefix, int count, int seed)
    {
        var rng = new Random(seed);
        var members = Ids(prefix, count);
        var posts = new List<Post>();
        foreach (var (m, i) in members.Select((m, i) => (m, i)))
        {
            for (var k = 0; k < 60; k++)
            {
                var at = T0.AddSeconds(rng.Next(0, 30 * 24 * 3600));
                posts.Add(rng.NextDouble() < 0.5
                    ? Retweet($"{prefix}-{i}-{k}", m, at, $"popular-{rng.Next(0, 15)}", "star")
                    : Original($"{prefix}-{i}-{k}", m, at, $"{m} says something of his own, number {k}"));
            }
        }

        return (members, posts);
    }
}
