using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class AccountPlatformsTests
{
    [Theory]
    [InlineData("fb_123", "fb")]
    [InlineData("TW_456", "tw")]
    [InlineData("1234567", null)]
    [InlineData("acc_1", null)]
    [InlineData("fb_", null)]
    [InlineData("f1_2", null)]
    public void Reads_the_platform_from_a_two_letter_id_prefix(string id, string? platform) =>
        Assert.Equal(platform, AccountPlatforms.Platform(id));

    [Fact]
    public void Counts_accounts_per_platform_most_first_and_the_unprefixed_as_the_collection()
    {
        Assert.Equal([("tw", 3), ("collection", 1), ("fb", 1)], AccountPlatforms.Mix(["tw_1", "fb_2", "tw_3", "tw_4", "99"]));
        Assert.Equal("tw 3, collection 1, fb 1", AccountPlatforms.Describe(["tw_1", "fb_2", "tw_3", "tw_4", "99"]));
    }

    [Fact]
    public void Shows_no_mix_for_a_single_platform_collection() =>
        Assert.Empty(AccountPlatforms.Mix(["1", "2", "user_3"]));
}
