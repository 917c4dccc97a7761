using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class ProfileSignalsTests
{
    private static readonly AnalysisProfile Profile = new()
    {
        Name = "test",
        TimeZone = "+04:00",
        LanguageNames = new Dictionary<string, string> { ["az"] = "Azeri" },
        TargetLanguages = ["az"],
        Gazetteers = [new TermSet { Id = "AZ", Label = "an Azerbaijani location", Terms = ["Azerbaijan", "Bakı", "Gəncə"] }],
        Lexicons = [new TermSet { Id = "party", Label = "party ties", Terms = ["Yeni Azərbaycan Partiyası"], CaseSensitiveTerms = ["YAP"] }],
        Holidays = [new Holiday { Date = new DateOnly(2023, 9, 15), Name = "Test holiday" }],
    };

    private static ProfileSignals Signals(IReadOnlyList<Account> accounts, IReadOnlyList<Post> posts, ClusterAnalysisOptions? options = null)
    {
        var members = accounts.Select(a => a.Id).ToArray();
        return AnalyseSingle(new ClusterInput(accounts, posts, Partition((1, members)), []), Profile, options).Profile;
    }

    [Fact]
    public void Language_distribution_covers_accounts_posts_and_each_members_dominant_language()
    {
        var accounts = new[] { Account("a", language: "az"), Account("b", language: "az-Latn"), Account("c", language: "ru"), Account("d") };
        var posts = new[]
        {
            Original("1", "a", T0, "x", "az"), Original("2", "a", T0, "x", "ru"), Original("3", "a", T0, "x", "az"),
            Original("4", "b", T0, "x", "az"), Original("5", "c", T0, "x", "ru"), Original("6", "d", T0, "x", null),
        };

        var p = Signals(accounts, posts);

        Assert.Equal(new ShareCount("az", "Azeri", 2, 0.5), p.AccountLanguages[0]);
        Assert.Equal(new ShareCount("az", "Azeri", 3, 0.5), p.PostLanguages[0]);
        Assert.Equal(new ShareCount("az", "Azeri", 2, 0.5), p.DominantLanguages[0]);
        Assert.Equal(0.5, p.TargetLanguageShare, 12);
    }

    [Fact]
    public void Declared_locations_match_the_gazetteer_accent_and_case_insensitively()
    {
        var accounts = new[]
        {
            Account("a", location: "BAKI"), Account("b", location: "Ganja / gence"), Account("c", location: "azerbaijan 🇦🇿"),
            Account("d", location: "Bakersfield, CA"), Account("e"),
        };

        var match = Assert.Single(Signals(accounts, []).Locations);

        Assert.Equal(["a", "b", "c"], match.AccountIds);
        Assert.Equal(0.6, match.Share, 12);
        Assert.Equal("an Azerbaijani location", match.Label);
    }

    [Fact]
    public void Bios_match_the_lexicon_with_acronyms_kept_case_sensitive()
    {
        var accounts = new[]
        {
            Account("a", bio: "YAP üzvü"), Account("b", bio: "yeni azerbaycan partiyasi"), Account("c", bio: "yap bunu!"),
        };

        var match = Assert.Single(Signals(accounts, []).Lexicons);

        Assert.Equal(["a", "b"], match.AccountIds);
        Assert.Equal(2, match.Terms.Count);
    }

    [Fact]
    public void Creation_dates_bunched_on_a_few_days_form_bursts()
    {
        var accounts = Enumerable.Range(0, 8).Select(i => Account($"b{i}", created: new DateTimeOffset(2023, 5, 1 + (i % 2), 10, 0, 0, TimeSpan.Zero)))
            .Concat(Enumerable.Range(0, 4).Select(i => Account($"o{i}", created: new DateTimeOffset(2012 + (2 * i), 3, 3, 0, 0, 0, TimeSpan.Zero))))
            .ToArray();

        var p = Signals(accounts, []);

        var burst = Assert.Single(p.CreationBursts);
        Assert.Equal(new DateBurst(new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 2), 8), burst);
        Assert.Equal(8 / 12.0, p.CreationBurstShare, 12);
    }

    [Fact]
    public void Spread_out_creation_dates_form_no_burst()
    {
        var accounts = Enumerable.Range(0, 30).Select(i => Account($"o{i}", created: new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(97 * i))).ToArray();

        var p = Signals(accounts, []);

        Assert.Empty(p.CreationBursts);
        Assert.Equal(0, p.CreationBurstShare);
    }

    [Fact]
    public void Rhythm_uses_the_profile_time_zone()
    {
        var accounts = new[] { Account("a"), Account("b"), Account("c") };
        var posts = new[]
        {
            Original("1", "a", new DateTimeOffset(2023, 9, 4, 20, 30, 0, TimeSpan.Zero), "x"), // Tue 00:30 in Baku
            Original("2", "b", new DateTimeOffset(2023, 9, 4, 6, 0, 0, TimeSpan.Zero), "x"), // Mon 10:00 in Baku
        };

        var rhythm = Signals(accounts, posts).Rhythm;

        Assert.Equal(1, rhythm.Hours[0]);
        Assert.Equal(1, rhythm.Hours[10]);
        Assert.Equal(1, rhythm.Weekdays[0]);
        Assert.Equal(1, rhythm.Weekdays[1]);
        Assert.Equal(0.5, rhythm.WorkHoursShare, 12);
    }

    [Fact]
    public void Work_hours_count_only_on_the_profiles_work_days()
    {
        var accounts = new[] { Account("a"), Account("b"), Account("c") };
        var posts = new[]
        {
            Original("1", "a", new DateTimeOffset(2023, 9, 9, 6, 0, 0, TimeSpan.Zero), "x"), // Sat 10:00 in Baku
            Original("2", "b", new DateTimeOffset(2023, 9, 11, 6, 0, 0, TimeSpan.Zero), "x"), // Mon 10:00 in Baku
            Original("3", "c", new DateTimeOffset(2023, 9, 10, 6, 0, 0, TimeSpan.Zero), "x"), // Sun 10:00 in Baku
        };
        var weekend = new AnalysisProfile { Name = "weekend", TimeZone = "+04:00", WorkDays = [DayOfWeek.Saturday, DayOfWeek.Sunday] };

        var rhythm = AnalyseSingle(new ClusterInput(accounts, posts, Partition((1, ["a", "b", "c"])), []), weekend).Profile.Rhythm;

        Assert.Equal(2 / 3.0, rhythm.WorkHoursShare, 12);
    }

    [Fact]
    public void A_cluster_silent_on_a_holiday_it_is_active_around_scores_full_silence()
    {
        var accounts = new[] { Account("a"), Account("b"), Account("c") };
        var start = new DateTimeOffset(2023, 9, 10, 8, 0, 0, TimeSpan.Zero);
        var posts = Enumerable.Range(0, 11)
            .Where(day => day != 5) // 15 Sept, the holiday
            .SelectMany(day => Enumerable.Range(0, 6).Select(k => Original($"{day}-{k}", "abc"[k % 3].ToString(), start.AddDays(day).AddMinutes(k), "x")))
            .ToArray();

        var holidays = Signals(accounts, posts).Holidays;

        var day = Assert.Single(holidays.Days);
        Assert.Equal(new HolidayActivity(new DateOnly(2023, 9, 15), "Test holiday", 0, 6, true), day);
        Assert.Equal(1, holidays.Measurable);
        Assert.Equal(1, holidays.Silence, 12);
    }

    [Fact]
    public void A_holiday_outside_any_activity_is_not_measurable()
    {
        var accounts = new[] { Account("a"), Account("b"), Account("c") };
        var posts = new[]
        {
            Original("1", "a", new DateTimeOffset(2023, 9, 1, 8, 0, 0, TimeSpan.Zero), "x"),
            Original("2", "a", new DateTimeOffset(2023, 9, 30, 8, 0, 0, TimeSpan.Zero), "x"),
        };

        var holidays = Signals(accounts, posts).Holidays;

        Assert.False(Assert.Single(holidays.Days).Measurable);
        Assert.Equal(0, holidays.Silence);
    }
}
