using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class ShareKindNamesTests
{
    [Theory]
    [InlineData(ShareKind.Retweet, "co-retweet", "co_retweet")]
    [InlineData(ShareKind.Text, "co-tweet", "co_tweet")]
    [InlineData(ShareKind.SimilarText, "co-similar", "co_similar_tweet")]
    [InlineData(ShareKind.Url, "co-link", "co_link")]
    [InlineData(ShareKind.ReplyParent, "co-reply", "co_reply")]
    public void Names_a_kind_for_the_command_line_and_for_the_cluster_stage(ShareKind kind, string cli, string cluster)
    {
        Assert.Equal(cli, ShareKindNames.CliName(kind));
        Assert.Equal(cluster, ShareKindNames.ClusterName(kind));
    }

    [Fact]
    public void Gives_every_kind_two_distinct_names_that_parse_back_to_it()
    {
        var kinds = Enum.GetValues<ShareKind>();

        Assert.Equal(kinds.Length, kinds.Select(ShareKindNames.CliName).Distinct().Count());
        Assert.Equal(kinds.Length, kinds.Select(ShareKindNames.ClusterName).Distinct().Count());
        Assert.All(kinds, k => Assert.Equal([k], ShareKindNames.Parse(ShareKindNames.ClusterName(k))));
        Assert.All(kinds, k => Assert.Equal([k], ShareKindNames.Parse(ShareKindNames.CliName(k))));
    }

    [Fact]
    public void Parses_a_list_in_either_form_and_any_case_once_each() =>
        Assert.Equal([ShareKind.Text, ShareKind.Retweet], ShareKindNames.Parse(" CO-TWEET, co_retweet ,co-tweet"));

    [Fact]
    public void Refuses_an_unknown_kind_by_name() =>
        Assert.Contains("'co-nothing'", Assert.Throws<FormatException>(() => ShareKindNames.Parse("co-tweet,co-nothing")).Message, StringComparison.Ordinal);
}
