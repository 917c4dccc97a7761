using NetworkGraph.Core.Clustering.Profiles;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class ProfileLoaderTests
{
    [Fact]
    public async Task Loads_the_shipped_BIG_profile()
    {
        var profile = await ProfileLoader.LoadAsync(BigProfilePath(), CancellationToken.None);

        Assert.Equal("big", profile.Name);
        Assert.Equal(TimeSpan.FromHours(4), ZoneResolver.Resolve(profile.TimeZone).BaseUtcOffset);
        Assert.Contains(profile.Gazetteers, g => g.Id == "AZ" && new TermMatcher(g).Match("Baku, Azerbaijan").Count > 0);
        Assert.Contains(profile.Lexicons, l => new TermMatcher(l).Match("Yeni Azərbaycan Partiyası üzvü").Count > 0);
        var holidayDates = profile.Holidays.SelectMany(h => h.Dates()).ToHashSet();
        Assert.Contains(new DateOnly(2023, 3, 21), holidayDates); // Novruz
        Assert.Contains(new DateOnly(2024, 4, 10), holidayDates); // Ramadan
        Assert.Contains(new DateOnly(2023, 11, 8), holidayDates); // Victory Day
        Assert.Equal("Azeri", profile.LanguageNames["az"]);
    }

    [Fact]
    public void An_unknown_field_is_reported_with_file_line_and_field()
    {
        var ex = Assert.Throws<ProfileException>(() => ProfileLoader.Parse("{\n  \"name\": \"x\",\n  \"gazeteers\": []\n}", "p.json"));

        Assert.Contains("p.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("gazeteers", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\": \"x\", \"timeZone\": \"Mars/Olympus\"}", "timeZone")]
    [InlineData("{\"name\": \"x\", \"holidays\": [{\"date\": \"2024-01-02\", \"until\": \"2024-01-01\", \"name\": \"h\"}]}", "holidays[0].until")]
    [InlineData("{\"name\": \"x\", \"lexicons\": [{\"id\": \"p\", \"label\": \"party ties\"}]}", "lexicons[0].terms")]
    [InlineData("{\"name\": \"x\", \"workHourStart\": 18, \"workHourEnd\": 9}", "workHourStart/workHourEnd")]
    public void Invalid_values_name_the_field(string json, string field)
    {
        var ex = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(json, "p.json"));

        Assert.Contains($"'{field}'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+04:00", 4 * 60)]
    [InlineData("UTC+4", 4 * 60)]
    [InlineData("-03:30", -(3 * 60) - 30)]
    [InlineData("UTC", 0)]
    public void Resolves_offsets_and_zone_ids(string text, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), ZoneResolver.Resolve(text).BaseUtcOffset);
    }

    private static string BigProfilePath() => RepositoryPaths.Combine("profiles", "big.json");
}
