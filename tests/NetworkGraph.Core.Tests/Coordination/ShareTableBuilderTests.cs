using System.Globalization;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;
using static NetworkGraph.Core.Tests.Coordination.Support.SomePosts;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class ShareTableBuilderTests
{
    private static readonly Post[] Posts =
    [
        Original("1", "A", 0, "Hello #Baku world", hashtags: ["Baku", "baku"], urls: ["https://x.az/1", "https://x.az/2"], mentions: ["9"]),
        Retweet("2", "B", 1, "1", "A", "RT @A: Hello #Baku world"),
        Reply("3", "C", 2, "1", "A", "@A hello"),
        Quote("4", "D", 3, "1", "A", "Look at this"),
        Original("5", "A", 4, "https://only.a/link"),
    ];

    [Fact]
    public void Extracts_each_kind_as_documented()
    {
        var builder = new ShareTableBuilder();
        builder.AddRange(Posts);
        var table = builder.Build();

        Assert.Equal(5, table.ShareCount(ShareKind.Activity));
        Assert.Equal(1, table.ShareCount(ShareKind.Retweet));
        Assert.Equal(1, table.ShareCount(ShareKind.ReplyParent));
        Assert.Equal(3, table.ShareCount(ShareKind.Text)); // 1, 3, 4; the retweet is not content, post 5 normalises to nothing
        Assert.Equal(0, table.ShareCount(ShareKind.SimilarText)); // no text reaches 20 characters
        Assert.Equal(1, table.ShareCount(ShareKind.Hashtag)); // "Baku" and "baku" are one hashtag of post 1
        Assert.Equal(2, table.ShareCount(ShareKind.Url));
        Assert.Equal(1, table.ShareCount(ShareKind.Domain));
        Assert.Equal(1, table.ShareCount(ShareKind.Mention));
        Assert.Equal("baku", table.ObjectLabel(ShareKind.Hashtag, 0));
        Assert.Equal("x.az", table.ObjectLabel(ShareKind.Domain, 0));
        Assert.Equal(["A", "9", "B", "C", "D"], table.AccountIds); // the mentioned account is an interaction target
    }

    [Fact]
    public void Counts_retweets_in_content_kinds_only_when_asked()
    {
        var builder = new ShareTableBuilder(new ShareTableOptions { IncludeRetweetsInContentKinds = true, Kinds = [ShareKind.Text] });
        builder.AddRange(Posts);
        var table = builder.Build();

        Assert.Equal(4, table.ShareCount(ShareKind.Text));
        Assert.False(table.HasKind(ShareKind.Retweet));
        Assert.Equal(table.RepresentativePost(ShareKind.Text, 0), table.RepresentativePost(ShareKind.Text, 0));
    }

    [Fact]
    public void Gives_the_same_table_from_single_adds_and_from_batches()
    {
        var single = new ShareTableBuilder();
        foreach (var post in Posts)
        {
            single.Add(post);
        }

        var batched = new ShareTableBuilder();
        batched.AddRange(Posts);
        var a = single.Build();
        var b = batched.Build();

        foreach (var kind in Enum.GetValues<ShareKind>())
        {
            Assert.Equal(a.ShareCount(kind), b.ShareCount(kind));
            Assert.Equal(a.ObjectCount(kind), b.ObjectCount(kind));
        }

        Assert.Equal(a.InteractionCount, b.InteractionCount);
    }

    [Fact]
    public void Signs_each_long_text_with_its_own_signature_when_it_recurs_in_later_batches()
    {
        // Two batches of AddRange (4,096 posts each): the first four texts in turn, then all seven, so the second batch
        // has texts the table already holds and texts it does not; the last is too short to be signed.
        string[] texts =
        [
            "the conference in baku was a great success for everyone",
            "The conference in Baku was a great success, for everyone!",
            "a completely different statement about the weather today",
            "another long text that is only similar to nothing at all",
            "yet one more text which is long enough to have a signature",
            "and the sixth distinct text, long enough to be signed too",
            "short one",
        ];
        var posts = Enumerable.Range(0, 5_000)
            .Select(i => Original(i.ToString(CultureInfo.InvariantCulture), "a" + (i % 13), i, texts[i % (i < 4096 ? 4 : texts.Length)]))
            .ToList();
        var builder = new ShareTableBuilder();
        builder.AddRange(posts);
        var table = builder.Build();

        var column = table.Column(ShareKind.Text)!;
        var hasher = new MinHasher(new MinHashOptions());
        var expected = new byte[MinHashOptions.SignatureLength];
        Assert.Equal(6, column.ObjectCount); // the first two normalise to one text
        Assert.Equal(5, table.Signatures.Count); // one per signed text, not per share
        for (var o = 0; o < column.ObjectCount; o++)
        {
            var text = posts[(int)long.Parse(table.PostId(column.FirstPost[o]), CultureInfo.InvariantCulture)].Text;
            if (text == "short one")
            {
                Assert.Equal(-1, column.SignatureOf![o]);
                continue;
            }

            hasher.ComputeSignature(TextNormalizer.Normalize(text), expected);
            Assert.Equal(expected, table.Signatures[column.SignatureOf![o]].ToArray());
        }
    }

    [Fact]
    public void Keeps_post_ids_exactly_whether_numeric_or_not()
    {
        var builder = new ShareTableBuilder();
        string[] ids = ["1780000000000000001", "42", "0", "007", "9223372036854775808", "abc"];
        for (var i = 0; i < ids.Length; i++)
        {
            builder.AddShare("A", ids[i], At(i), ShareKind.Hashtag, "t");
        }

        builder.AddShare("B", "42", At(9), ShareKind.Hashtag, "u"); // same content id: same post
        var table = builder.Build();

        Assert.Equal(ids.Length, table.PostCount);
        Assert.Equal(ids, Enumerable.Range(0, ids.Length).Select(table.PostId));
    }

    [Fact]
    public void Cannot_be_used_after_build()
    {
        var builder = new ShareTableBuilder();
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Add(Posts[0]));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }
}
