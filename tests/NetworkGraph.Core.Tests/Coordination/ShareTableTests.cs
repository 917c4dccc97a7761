using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Tests.Coordination.Support.SomePosts;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class ShareTableTests
{
    [Fact]
    public void WithoutShares_keeps_what_a_graph_reads_and_drops_the_shares_and_signatures()
    {
        Post[] posts =
        [
            Original("1", "A", 0, "the same long enough text to be signed", hashtags: ["Baku"], urls: ["https://x.az/1"]),
            Original("2", "B", 1, "the same long enough text to be signed", hashtags: ["baku"], urls: ["https://x.az/1"]),
            Retweet("3", "C", 2, "1", "A", "RT @A: the same long enough text to be signed"),
        ];
        var builder = new ShareTableBuilder();
        builder.AddRange(posts);
        var table = builder.Build();

        var slim = table.WithoutShares();

        Assert.Equal(table.AccountIds, slim.AccountIds);
        Assert.Equal(table.PostCount, slim.PostCount);
        Assert.Equal(["1", "2", "3"], Enumerable.Range(0, slim.PostCount).Select(slim.PostId));
        foreach (var kind in new[] { ShareKind.Text, ShareKind.Hashtag, ShareKind.Url, ShareKind.Retweet })
        {
            Assert.True(table.ShareCount(kind) > 0);
            Assert.Equal(0, slim.ShareCount(kind));
            Assert.Equal(table.ObjectCount(kind), slim.ObjectCount(kind));
            Assert.Equal(table.ObjectLabel(kind, 0), slim.ObjectLabel(kind, 0));
            Assert.Equal(table.RepresentativePost(kind, 0), slim.RepresentativePost(kind, 0));
        }

        Assert.Equal(1, table.Signatures.Count);
        Assert.Equal(0, slim.Signatures.Count);
    }

    [Fact]
    public void A_graph_built_from_posts_labels_its_evidence_as_one_built_from_their_table()
    {
        Post[] posts =
        [
            Original("1", "A", 0, "coordinated text number one"),
            Original("2", "B", 10, "coordinated text number one"),
            Original("3", "A", 20, "coordinated text number two"),
            Original("4", "B", 30, "coordinated text number two"),
        ];
        var options = new CoordinationOptions { Kinds = [ShareKind.Text], MinEdgeWeight = 1 };
        var builder = new ShareTableBuilder(new ShareTableOptions { Kinds = [ShareKind.Text] });
        builder.AddRange(posts);

        var fromPosts = CoordinationGraphBuilder.Build(posts, options);
        var fromTable = CoordinationGraphBuilder.Build(builder.Build(), options);

        var evidence = fromTable.Layers.SelectMany(l => l.Edges).SelectMany(e => e.Evidence).ToList();
        Assert.NotEmpty(evidence);
        Assert.Equal(
            evidence.Select(p => (fromTable.PostId(p.SourcePost), fromTable.PostId(p.TargetPost), fromTable.ObjectLabel(ShareKind.Text, p.Object))),
            fromPosts.Layers.SelectMany(l => l.Edges).SelectMany(e => e.Evidence)
                .Select(p => (fromPosts.PostId(p.SourcePost), fromPosts.PostId(p.TargetPost), fromPosts.ObjectLabel(ShareKind.Text, p.Object))));
    }
}
