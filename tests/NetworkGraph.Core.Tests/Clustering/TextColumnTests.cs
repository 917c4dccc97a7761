using System.Text;
using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>The UTF-8 text column gives back each row's text, also for rows that share bytes, texts longer than a
/// buffer and rows put in another order.</summary>
public sealed class TextColumnTests
{
    [Fact]
    public void Rows_give_back_their_texts_across_buffers_shared_and_reordered()
    {
        var huge = new string('é', (1 << 24) / 2) + "end"; // more bytes than one buffer holds
        string[] texts = ["plain", "", "Bakı 🇦🇿 ＠x", huge, "after the huge one"];
        var builder = new TextColumn.Builder();
        foreach (var t in texts)
        {
            builder.Add(Encoding.UTF8.GetBytes(t));
        }

        builder.AddSameAs(2);
        builder.Add("last");

        var column = builder.Build();
        var reordered = builder.Build([6, 5, 3, 0]);

        Assert.Equal([.. texts, texts[2], "last"], Enumerable.Range(0, column.Count).Select(r => column[r]));
        Assert.Equal(["last", texts[2], huge, "plain"], Enumerable.Range(0, reordered.Count).Select(r => reordered[r]));
        Assert.True(column.Utf8(5).SequenceEqual(Encoding.UTF8.GetBytes(texts[2])));
    }

    [Fact]
    public void A_string_is_stored_as_its_UTF8_encoding_a_lone_surrogate_as_the_replacement_character()
    {
        var column = TextColumn.Of(["lone \ud800 surrogate", "pair 😀"]);

        Assert.Equal("lone \ufffd surrogate", column[0]);
        Assert.Equal("pair 😀", column[1]);
        Assert.True(column.Utf8(0).SequenceEqual(Encoding.UTF8.GetBytes("lone \ud800 surrogate")));
    }
}
