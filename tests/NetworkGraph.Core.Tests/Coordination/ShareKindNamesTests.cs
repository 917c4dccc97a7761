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
    public void Refuses_a_name_that_is_neither_built_in_nor_a_share_tables_co_name() =>
        Assert.Contains("'nothing'", Assert.Throws<FormatException>(() => ShareKindNames.Parse("co-tweet,nothing")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("", ShareKind.Share)]
    [InlineData("object", ShareKind.Share)]
    [InlineData("retweet", ShareKind.Retweet)]
    [InlineData("Repost", ShareKind.Retweet)]
    [InlineData("url", ShareKind.Url)]
    [InlineData("LINK", ShareKind.Url)]
    [InlineData("domain", ShareKind.Domain)]
    [InlineData(" hashtag ", ShareKind.Hashtag)]
    [InlineData("text", ShareKind.Text)]
    [InlineData("content", ShareKind.Text)]
    [InlineData("tweet", ShareKind.Text)]
    public void Maps_a_share_tables_known_object_kinds_onto_the_built_in_kinds(string objectKind, ShareKind expected) =>
        Assert.Equal(expected, ShareKindNames.FromObjectKind(objectKind));

    [Fact]
    public void Keeps_any_other_object_kind_as_its_own_named_kind_with_both_names()
    {
        var image = ShareKindNames.FromObjectKind("image");

        Assert.True(ShareKindNames.IsNamed(image));
        Assert.Equal(("co-image", "co_image"), (ShareKindNames.CliName(image), ShareKindNames.ClusterName(image)));
        Assert.Equal(image, ShareKindNames.FromObjectKind("Image"));
        Assert.Equal([image], ShareKindNames.Parse("co-image"));
        Assert.Equal([image], ShareKindNames.Parse("CO_IMAGE"));
        Assert.Equal(image, ShareKindNames.FromStoredName(ShareKindNames.StoredName(image)));
        Assert.Contains("co-image", ShareKindNames.CliNames);
    }

    [Fact]
    public void Names_a_kind_by_its_letters_and_digits_only_whatever_a_hostile_table_writes()
    {
        var kind = ShareKindNames.FromObjectKind("  Photo Hash<script>'; DROP ");

        Assert.Equal("co-photo_hash_script_drop", ShareKindNames.CliName(kind));
        Assert.Throws<FormatException>(() => ShareKindNames.FromObjectKind("<>!"));
    }

    [Fact]
    public void Stores_built_in_kinds_under_their_enum_names_as_before() =>
        Assert.All(Enum.GetValues<ShareKind>(), k =>
        {
            Assert.Equal(k.ToString(), ShareKindNames.StoredName(k));
            Assert.Equal(k, ShareKindNames.FromStoredName(k.ToString()));
        });
}
