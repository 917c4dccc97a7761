using System.Text;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>The normalised texts of a post table, kept as UTF-8, give back the normaliser's strings, their lengths in
/// UTF-16 characters and their ordinal order, one id per distinct text in row order, for any thread count.</summary>
public sealed class NormalizedTextsTests
{
    private static readonly string[] Texts =
    [
        "", "a", "ab", "b", "é", "\uE000", "\uFFFD", "\uFFFF", "😀", "😁", "𝔸", "a😀", "a\uFFFD", "aé", "z", "\u07FF", "\u0800",
    ];

    [Fact]
    public void UTF8_texts_compare_as_their_UTF16_strings_do_also_beyond_the_Basic_Multilingual_Plane()
    {
        foreach (var x in Texts)
        {
            foreach (var y in Texts)
            {
                var compared = NormalizedTexts.CompareAsUtf16(Encoding.UTF8.GetBytes(x), Encoding.UTF8.GetBytes(y));
                Assert.True(
                    Math.Sign(string.CompareOrdinal(x, y)) == Math.Sign(compared),
                    $"'{x}' vs '{y}': ordinal {string.CompareOrdinal(x, y)}, from UTF-8 {compared}");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Each_distinct_normalised_text_gets_one_id_in_row_order_and_retweets_none(int threads)
    {
        string[] texts = ["Hello, World!", "RT @x: 𝔸bc Bakı", "hello world", "𝔸BC Bakı", "!!!", "Ａzz 😀", "hello world"];
        var kinds = new[] { PostKind.Original, PostKind.Original, PostKind.Reply, PostKind.Quote, PostKind.Original, PostKind.Original, PostKind.Retweet };
        var table = ClusterPosts.From([.. texts.Select((t, i) => Post(i, t, kinds[i]))]);

        var normalized = NormalizedTexts.Of(table, [6, 5, 4, 3, 2, 1, 0], threads, CancellationToken.None);

        // Ids in the order of the rows given: row 5 first, then 3 (= row 1), then 2 (= row 0); "!!!" and the retweet none.
        Assert.Equal([2, 1, 2, 1, -1, 0, -1], Enumerable.Range(0, texts.Length).Select(normalized.IdOf));
        for (var row = 0; row < 6; row++)
        {
            if (normalized.IdOf(row) is var id && id >= 0)
            {
                Assert.Equal(TextNormalizer.Normalize(texts[row]), normalized.Text(id));
                Assert.Equal(TextNormalizer.Normalize(texts[row]).Length, normalized.Length(id));
            }
        }

        // "ａzz" (U+FF41) comes after "𝔸bc baki" (U+D835 U+DD38) in UTF-16, though not in UTF-8 or by code point.
        Assert.True(normalized.CompareOrdinal(0, 1) > 0);
        Assert.True(normalized.CompareOrdinal(1, 2) > 0);
        Assert.True(normalized.CompareOrdinal(2, 0) < 0);
        Assert.Equal(0, normalized.CompareOrdinal(2, 2));
    }

    [Fact]
    public void Many_chunks_and_a_text_longer_than_a_chunk_buffer_give_the_same_ids_and_texts_for_one_and_two_threads()
    {
        // 10,000 rows span several 4,096-row chunks; every 7th text repeats an earlier one; one text is 100,000 characters.
        var texts = Enumerable.Range(0, 10_000).Select(i => i % 7 == 0 ? $"repeated {i % 5}" : $"text number {i}").ToArray();
        texts[5_000] = new string('x', 100_000) + " end";
        var table = ClusterPosts.From([.. texts.Select((t, i) => Post(i, t, PostKind.Original))]);
        var rows = Enumerable.Range(0, texts.Length).Reverse().ToArray();

        var one = NormalizedTexts.Of(table, rows, 1, CancellationToken.None);
        var two = NormalizedTexts.Of(table, rows, 2, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, texts.Length).Select(one.IdOf), Enumerable.Range(0, texts.Length).Select(two.IdOf));
        Assert.Equal(texts.Distinct().Count(), one.Count);
        Assert.Equal(one.IdOf(7), one.IdOf(7 * 6)); // both "repeated 2"
        Assert.Equal(TextNormalizer.Normalize(texts[5_000]), two.Text(two.IdOf(5_000)));
        Assert.Equal(Enumerable.Range(0, one.Count).Select(one.Text), Enumerable.Range(0, two.Count).Select(two.Text));
    }

    private static Post Post(int i, string text, PostKind kind) =>
        new($"{i}", "author", DateTimeOffset.UnixEpoch.AddMinutes(i), text, null, kind, null, null, [], [], []);
}
