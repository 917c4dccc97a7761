using NetworkGraph.Scenarios;

namespace NetworkGraph.Scenarios.Tests;

public sealed class ScenarioOptionsTests
{
    [Fact]
    public void The_defaults_describe_the_BIG_case()
    {
        var o = new ScenarioOptions();
        o.Validate();
        Assert.Equal(42, o.Seed);
        Assert.Equal(20_000, o.OrganicAccounts);
        Assert.Equal(423, o.OperationAccounts);
        Assert.Equal(300_000, o.Posts);
        Assert.Equal(4, o.Campaigns.Count);
        Assert.Equal(115, (int)Math.Round(o.OperationAzerbaijanLocationShare * o.OperationAccounts));
        Assert.Equal(39, (int)Math.Round(o.OperationPartyBioShare * o.OperationAccounts));
        Assert.All(o.Campaigns, c => Assert.InRange(c.End.DayNumber - c.Start.DayNumber + 1, 3, 14));
    }

    [Fact]
    public void Rejects_a_campaign_outside_the_period()
    {
        var o = new ScenarioOptions();
        o.Campaigns[0].Start = new DateOnly(2023, 8, 1);
        var ex = Assert.Throws<ArgumentException>(o.Validate);
        Assert.Contains("campaign 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_hashtags_written_with_their_hash_sign()
    {
        var o = new ScenarioOptions();
        o.Campaigns[1].Hashtags = ["#Corsica"];
        Assert.Throws<ArgumentException>(o.Validate);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(60_000_000)]
    public void Rejects_a_post_count_out_of_range(long posts)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ScenarioOptions { Posts = posts }.Validate());
        Assert.Equal(nameof(ScenarioOptions.Posts), ex.ParamName);
    }

    [Fact]
    public void Rejects_a_share_above_one()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ScenarioOptions { OperationAzeriShare = 1.5 }.Validate());
        Assert.Equal(nameof(ScenarioOptions.OperationAzeriShare), ex.ParamName);
    }

    [Fact]
    public void Rejects_duplicate_campaign_ids()
    {
        var o = new ScenarioOptions();
        o.Campaigns[1].Id = o.Campaigns[0].Id;
        Assert.Throws<ArgumentException>(o.Validate);
    }
}
