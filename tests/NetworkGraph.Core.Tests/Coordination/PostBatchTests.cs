using System.Globalization;
using System.Text;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;
using static NetworkGraph.Core.Tests.Coordination.Support.SomePosts;

namespace NetworkGraph.Core.Tests.Coordination;

/// <summary>A column chunk holds texts as one character buffer and numeric ids as numbers, and gives the share table
/// its posts would give, for any thread count.</summary>
public sealed class PostBatchTests
{
    // Tricky texts: combining marks, surrogate pairs (emoji, skin tones, ZWJ sequences), RTL scripts, Indic spacing
    // marks, full-width signs, NUL and control characters, and one long enough to be signed.
    private static readonly string[] Texts =
    [
        "Cafe\u0301 in Bak\u0131 #Baku",
        "CAFÉ in BAKI #baku 👍🏽",
        "👨‍👩‍👧 family 𝒜𝓁𝓅𝒽𝒶 \U0001F600 text",
        "مرحبا بالعالم السلام عليكم ورحمة الله",
        "שלום עולם, ‏RTL‏ mark",
        "क्षत्रिय हिन्दी पाठ देवनागरी",
        "＠someone ＃tag full width ｗｏｒｄ",
        "nul\0inside\u0007bell",
        "RT @x: the conference in baku was a great success for everyone involved",
        "",
    ];

    [Fact]
    public void Gives_the_same_table_as_the_posts_it_holds()
    {
        var posts = SomeTrickyPosts(400);

        var fromPosts = new ShareTableBuilder();
        fromPosts.AddRange(posts);

        Assert.Equal(Dump(fromPosts.Build()), TableOf(BatchesOf(posts, 64, authorKeys: true)));
    }

    [Fact]
    public void Gives_the_same_table_when_authors_are_keyed_as_a_store_keys_them()
    {
        // A store keys hashed (non-numeric) ids by negative numbers and numeric ids by the id itself: small keys of
        // both signs with the same magnitude, numeric ids in the millions (sparse), and keys too large for a table
        // indexed by the key.
        static long StoreKey(string author)
        {
            var n = long.Parse(author[1..], CultureInfo.InvariantCulture);
            return (n % 4) switch
            {
                0 => ((n / 4) + 2) * 1000,
                1 => -((n / 4) + 2) * 1000,
                2 => 5_000_000 + (n * 100_000),
                _ => 1_780_000_000_000_000_000 + n,
            };
        }

        var posts = SomeTrickyPosts(3_000);
        var fromPosts = new ShareTableBuilder();
        fromPosts.AddRange(posts);

        Assert.Equal(Dump(fromPosts.Build()), TableOf(BatchesOf(posts, 64, StoreKey)));
    }

    [Fact]
    public void Gives_the_same_table_when_distinct_values_normalise_alike_or_to_nothing()
    {
        // Each distinct value is normalised once per read: values that normalise alike must still be one object, shared
        // once per post, and values that normalise to nothing no object; mentions are accounts once per post too.
        string[][] hashtags = [["Baku", "#baku", "BAKU", "Other"], ["＃Baku", "#", " ", "other"], ["#", "New"], []];
        string[][] urls = [["https://x.az/a", "HTTPS://X.AZ/a", "https://www.x.az/a?utm_source=t"], ["", "https://y.az/"], []];
        string[][] mentions = [["@Someone", "Someone", " someone "], ["@", "a3", "@a1"], []];
        var posts = new List<Post>();
        for (var i = 0; i < 60; i++)
        {
            var id = (5000 + i).ToString(CultureInfo.InvariantCulture);
            var author = "a" + (i % 7).ToString(CultureInfo.InvariantCulture);
            posts.Add(i % 5 == 4
                ? Retweet(id, author, i, "77", "a6", "rt")
                : Original(id, author, i, "post " + (i % 4).ToString(CultureInfo.InvariantCulture),
                    hashtags[i % hashtags.Length], urls[(i / 2) % urls.Length], mentions[(i / 3) % mentions.Length]));
        }

        var fromPosts = new ShareTableBuilder();
        fromPosts.AddRange(posts);
        var table = TableOf(BatchesOf(posts, 16, authorKeys: true));
        Assert.Equal(Dump(fromPosts.Build()), table);
        Assert.Contains("| baku,other,new |", table);
        Assert.Contains("| Someone,someone,a3,a1 |", table);
    }

    [Fact]
    public void Gives_the_same_table_for_one_and_two_threads()
    {
        var posts = SomeTrickyPosts(3000); // over 512 rows a batch: the texts are prepared on two threads
        var tables = new[] { 1, 2 }
            .Select(threads => TableOf(BatchesOf(posts, 1500), new ShareTableOptions { MaxDegreeOfParallelism = threads }))
            .ToList();

        Assert.Equal(tables[0], tables[1]);
        Assert.Matches("signatures [1-9]", tables[0]);
    }

    [Fact]
    public void Gives_the_same_table_as_its_posts_when_texts_and_other_kinds_are_added_on_two_threads()
    {
        // Without interactions (as the coordination graphs build it), a batch's texts and its other kinds go into their
        // columns on two threads: every column, post and account must come out as from the posts one by one.
        var posts = SomeTrickyPosts(3000);
        var fromPosts = new ShareTableBuilder(new ShareTableOptions { CollectInteractions = false, MaxDegreeOfParallelism = 1 });
        fromPosts.AddRange(posts);
        var table = TableOf(BatchesOf(posts, 1500, authorKeys: true), new ShareTableOptions { CollectInteractions = false, MaxDegreeOfParallelism = 2 });
        Assert.Equal(Dump(fromPosts.Build()), table);
        Assert.Matches("signatures [1-9]", table);
        Assert.Matches("Url: [0-9]", table);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_long_text_met_again_in_a_later_batch_shares_the_object_it_got_first(int threads)
    {
        // Texts long enough to be signed, so each later batch finds them in the table while its texts are prepared.
        string[] texts =
        [
            "the conference in baku was a great success for everyone",
            "france must leave new caledonia now say the people",
            "corsica deserves its freedom from paris colonial rule",
        ];
        var posts = Enumerable.Range(0, 900)
            .Select(i => Original((1000 + i).ToString(CultureInfo.InvariantCulture), "a" + (i % 17).ToString(CultureInfo.InvariantCulture), i, texts[i * i % 3]))
            .ToList();
        var builder = new ShareTableBuilder(new ShareTableOptions { CollectInteractions = false, MaxDegreeOfParallelism = threads });
        foreach (var batch in BatchesOf(posts, 300))
        {
            builder.AddBatch(batch);
        }

        var column = builder.Build().Column(ShareKind.Text)!;

        // Objects in the order their texts first appear, each first posted by its first share; one signature each.
        var firstOf = posts.Select((p, i) => (p.Text, i)).GroupBy(p => p.Text).Select(g => g.First().i).ToList();
        var objectOf = firstOf.Select((row, o) => (posts[row].Text, o)).ToDictionary(t => t.Text, t => t.o);
        Assert.Equal(posts.Select(p => objectOf[p.Text]), column.Object);
        Assert.Equal(firstOf, column.FirstPost);
        Assert.All(column.SignatureOf!, s => Assert.True(s >= 0));
    }

    [Fact]
    public void Decodes_utf8_texts_as_a_string_decoding_does_and_keeps_them_after_refilling()
    {
        byte[][] texts =
        [
            [0x43, 0x61, 0x66, 0xC3, 0xA9], // Café
            [0xC3, 0x28, 0x41], // invalid continuation
            [0xED, 0xA0, 0x80, 0x41], // an encoded lone surrogate
            [0xF0, 0x9F, 0x98], // a truncated emoji
            [0xF4, 0x90, 0x80, 0x80], // above U+10FFFF
            [0xFF, 0xFE, 0x00, 0x7A],
            .. Texts.Select(Encoding.UTF8.GetBytes),
            Encoding.UTF8.GetBytes(new string('x', 5000) + "é"), // outgrows the character buffer
        ];
        var batch = new PostBatch(texts.Length + 1);
        for (var round = 0; round < 2; round++)
        {
            batch.Clear();
            batch.SetText(0, (string?)null);
            for (var i = 0; i < texts.Length; i++)
            {
                batch.SetText(i + 1, texts[i]);
            }

            batch.Count = texts.Length + 1;
            Assert.False(batch.HasText(0));
            for (var i = 0; i < texts.Length; i++)
            {
                Assert.True(batch.HasText(i + 1));
                Assert.Equal(Encoding.UTF8.GetString(texts[i]), batch.TextOf(i + 1).ToString());
            }
        }
    }

    [Fact]
    public void Gives_numeric_references_as_their_decimal_text()
    {
        var batch = new PostBatch(4);
        batch.SetReference(0, 1780000000000000001L);
        batch.SetReference(1, -12L);
        batch.SetReference(2, "abc");
        batch.SetReference(3, (string?)null);

        Assert.Equal(["1780000000000000001", "-12", "abc", null], Enumerable.Range(0, 4).Select(batch.ReferencedIdOf));
    }

    private static List<Post> SomeTrickyPosts(int count)
    {
        var posts = new List<Post>();
        for (var i = 0; i < count; i++)
        {
            var author = "a" + (i % 37).ToString(CultureInfo.InvariantCulture);
            var text = Texts[i % Texts.Length] + (i % 3 == 0 ? string.Empty : " " + (i % 11).ToString(CultureInfo.InvariantCulture));
            var id = i % 50 == 7 ? "x" + i.ToString(CultureInfo.InvariantCulture) : (1000 + i).ToString(CultureInfo.InvariantCulture);
            var target = (i % 5) switch
            {
                0 => "007", // not canonical: kept as text
                1 => "p-" + (i % 4).ToString(CultureInfo.InvariantCulture),
                _ => (i % 9).ToString(CultureInfo.InvariantCulture),
            };
            posts.Add((i % 4) switch
            {
                0 => Retweet(id, author, i, target, "a1", text),
                1 => Reply(id, author, i, target, "a2", text),
                2 => Quote(id, author, i, target, "a3", text),
                _ => Original(id, author, i, text, hashtags: ["Tag" + (i % 3).ToString(CultureInfo.InvariantCulture)],
                    urls: ["https://x.az/" + (i % 6).ToString(CultureInfo.InvariantCulture)]),
            });
        }

        return posts;
    }

    /// <summary>The posts as the store's column read gives them: canonical numbers as numbers, texts from UTF-8, and
    /// when asked a number per author (spread out, so the builder's table of them grows).</summary>
    private static IEnumerable<PostBatch> BatchesOf(IReadOnlyList<Post> posts, int size, bool authorKeys = false) =>
        BatchesOf(posts, size, authorKeys ? author => long.Parse(author[1..], CultureInfo.InvariantCulture) * 1000 : _ => -1);

    /// <summary>As <see cref="BatchesOf(IReadOnlyList{Post}, int, bool)"/>, each author keyed by <paramref name="keyOf"/>.</summary>
    private static IEnumerable<PostBatch> BatchesOf(IReadOnlyList<Post> posts, int size, Func<string, long> keyOf)
    {
        var lists = new[] { new ValueTable(), new ValueTable(), new ValueTable() }; // shared by the batches, as a read's
        for (var start = 0; start < posts.Count; start += size)
        {
            var batch = new PostBatch(size);
            foreach (var post in posts.Skip(start).Take(size))
            {
                var i = batch.Count++;
                var numeric = IsCanonical(post.Id, out var key);
                batch.Keys[i] = numeric ? key : 0;
                batch.Ids[i] = numeric ? null : post.Id;
                batch.AuthorIds[i] = post.AuthorId;
                batch.AuthorKeys[i] = keyOf(post.AuthorId);
                batch.UnixSeconds[i] = post.Time.ToUnixTimeSeconds();
                batch.Kinds[i] = post.Kind;
                if (post.ReferencedPostId is { } reference && IsCanonical(reference, out var referenceKey))
                {
                    batch.SetReference(i, referenceKey);
                }
                else
                {
                    batch.SetReference(i, post.ReferencedPostId);
                }

                batch.ReferencedAuthorIds[i] = post.ReferencedAuthorId;
                batch.SetText(i, Encoding.UTF8.GetBytes(post.Text));
                lists[0].Fill(batch.Hashtags, i, post.Hashtags);
                lists[1].Fill(batch.Urls, i, post.Urls);
                lists[2].Fill(batch.Mentions, i, post.Mentions);
            }

            yield return batch;
        }
    }

    private static bool IsCanonical(string id, out long value) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out value)
        && value.ToString(CultureInfo.InvariantCulture) == id;

    /// <summary>The <see cref="Dump"/> of the table the batches make, added in turn to one builder.</summary>
    private static string TableOf(IEnumerable<PostBatch> batches, ShareTableOptions? options = null)
    {
        var builder = new ShareTableBuilder(options);
        foreach (var batch in batches)
        {
            builder.AddBatch(batch);
        }

        return Dump(builder.Build());
    }

    /// <summary>Every column of every kind, the accounts, the posts and the signatures, as text.</summary>
    private static string Dump(ShareTable table)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', table.AccountIds));
        text.AppendLine(string.Join(',', Enumerable.Range(0, table.PostCount).Select(table.PostId)));
        foreach (var kind in Enum.GetValues<ShareKind>())
        {
            if (table.Column(kind) is not { } column)
            {
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"{kind}: {string.Join(',', column.Account)} | {string.Join(',', column.Time)}"
                + $" | {string.Join(',', column.Post)} | {string.Join(',', column.Object)} | {string.Join(',', column.FirstPost)}"
                + $" | {string.Join(',', column.Labels ?? [])} | {string.Join(',', column.TextHash ?? [])} | {string.Join(',', column.SignatureOf ?? [])}");
        }

        var interactions = table.Interactions;
        text.AppendLine(CultureInfo.InvariantCulture, $"interactions: {string.Join(',', interactions.Actor.ToArray())} | {string.Join(',', interactions.Target.ToArray())}"
            + $" | {string.Join(',', interactions.Kind.ToArray())} | {string.Join(',', interactions.Time.ToArray())}");
        text.AppendLine(CultureInfo.InvariantCulture, $"signatures {table.Signatures.Count}");
        for (var s = 0; s < table.Signatures.Count; s++)
        {
            text.AppendLine(Convert.ToHexString(table.Signatures[s]));
        }

        return text.ToString();
    }

    /// <summary>Distinct values by id, as a store read numbers a list column's values; it grows as batches are made.</summary>
    private sealed class ValueTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _values = [];

        public void Fill(PostValueLists lists, int row, IReadOnlyList<string> values)
        {
            lists.Values = _values;
            foreach (var value in values)
            {
                if (!_ids.TryGetValue(value, out var id))
                {
                    id = _values.Count;
                    _ids.Add(value, id);
                    _values.Add(value);
                }

                lists.Add(row, id);
            }
        }
    }
}
