using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>Values an adversary or a broken export can put in a post never stop the cluster analysis.</summary>
public sealed class HostileValueTests
{
    private const string Long = "Support the initiative for a free and fair future today";

    [Fact]
    public void Analysis_survives_posts_and_accounts_dated_year_1_and_year_9999()
    {
        var options = new ClusterAnalysisOptions { MinSyncAccounts = 2, SyncWindowSeconds = 600 };
        var posts = new[]
        {
            Original("1", "a", DateTimeOffset.MinValue, Long),
            Original("2", "b", DateTimeOffset.MinValue.AddSeconds(1), Long),
            Original("3", "c", T0, Long),
            Original("4", "a", DateTimeOffset.MaxValue, Long),
            Original("5", "b", DateTimeOffset.MaxValue.AddSeconds(-1), Long),
            Original("6", "c", DateTimeOffset.MaxValue, "other words entirely for this one"),
        };
        var accounts = new[]
        {
            new Account("a", "h_a", "A", "Baku", "bio", "az", DateTimeOffset.MinValue, -5, -1, DateTimeOffset.MinValue),
            new Account("b", "h_b", "B", "Baku", "bio", "az", DateTimeOffset.MaxValue, long.MinValue, long.MaxValue, DateTimeOffset.MaxValue),
            Account("c", created: DateTimeOffset.MaxValue),
        };
        var input = new ClusterInput(accounts, posts, Partition((1, ["a", "b", "c"])), []);

        var report = AnalyseSingle(input, EastOfUtcProfile(), options);

        Assert.Equal(6, report.Metrics.PostCount);
        Assert.Equal(4, report.Metrics.CopyPastedPosts); // 1-2 and 4-5; 3 is centuries away from both
    }

    [Theory]
    [InlineData("text with \uFFFE noncharacter")]
    [InlineData("text with \uFFFF noncharacter")]
    [InlineData("lone high \uD800 surrogate")]
    [InlineData("lone low \uDC00 surrogate")]
    [InlineData("nul \0 and bidi \u202E override and zero\u200Bwidth")]
    public void Analysis_survives_texts_with_characters_unicode_cannot_normalise(string hostile)
    {
        var posts = new[]
        {
            Original("1", "a", T0, Long + " " + hostile, hashtags: [hostile]),
            Original("2", "b", T0.AddSeconds(5), Long + " " + hostile, hashtags: [hostile]),
            Original("3", "c", T0.AddSeconds(9), hostile + " Baku"),
        };
        var accounts = new[] { Account("a", location: hostile, bio: hostile), Account("b", bio: "Baku " + hostile), Account("c") };
        var input = new ClusterInput(accounts, posts, Partition((1, ["a", "b", "c"])), []);

        var report = AnalyseSingle(input, EastOfUtcProfile());

        Assert.Equal(2, report.Metrics.CopyPastedPosts);
    }

    [Fact]
    public void Term_matching_folds_a_noncharacter_instead_of_throwing()
    {
        Assert.Equal("baku \uFFFD x", TermMatcher.Fold("Bakü \uFFFE X", lowerCase: true));
        Assert.Equal("a\uFFFDb", TermMatcher.Fold("á\uD800b", lowerCase: true));
    }

    // A profile east of UTC, so local times of year-9999 posts fall past the end of the calendar.
    private static AnalysisProfile EastOfUtcProfile() => new()
    {
        TimeZone = "+04:00",
        TargetLanguages = ["az"],
        Gazetteers = [new TermSet { Id = "places", Label = "Places", Terms = ["Bakı", "Gəncə"], CaseSensitiveTerms = ["BAKU"] }],
        Lexicons = [new TermSet { Id = "topics", Label = "Topics", Terms = ["initiative", "fair future"] }],
        Holidays = [new Holiday { Date = new DateOnly(2023, 9, 4), Name = "a holiday" }],
    };
}
