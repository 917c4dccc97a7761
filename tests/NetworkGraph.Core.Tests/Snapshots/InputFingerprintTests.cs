using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Snapshots;

/// <summary>The fingerprint is the SHA-256 of its definition's lines (the way it was first computed, one string per
/// line from the objects), also when computed from columns with a reused buffer; posts in their store's order and
/// edges in their graph's order as the raw lines of their columns.</summary>
public sealed class InputFingerprintTests
{
    /// <summary>The definition: accounts, posts, partition and edges in canonical order, one length-prefixed line each;
    /// posts in their store's order and edges in their graph's order as raw lines of their columns.</summary>
    private static string Reference(ClusterInput input)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var c = CultureInfo.InvariantCulture;
        string Field(string? f) => "|" + (f is null ? "-1" : f.Length.ToString(c)) + ":" + f;
        void Line(char tag, params string?[] fields) =>
            hash.AppendData(Encoding.UTF8.GetBytes(tag + string.Concat(fields.Select(Field)) + "\n"));

        foreach (var a in input.Accounts.OrderBy(a => a.Id, StringComparer.Ordinal).ThenBy(a => a.ObservedAt))
        {
            Line('A', a.Id, a.Handle, a.DisplayName, a.Location, a.Bio, a.Language, a.CreatedAt?.UtcTicks.ToString(c), a.ObservedAt?.UtcTicks.ToString(c));
        }

        if (input.PostColumns is { InStoreOrder: true } table)
        {
            // Raw lines: each field its byte count and bytes; numbers as the machine holds them; texts after their lengths.
            void Raw(params byte[][] fields) => hash.AppendData(RawFields(fields));

            byte[] Ints(IEnumerable<int> values) => [.. values.SelectMany(BitConverter.GetBytes)];
            byte[] Longs(IEnumerable<long> values) => [.. values.SelectMany(BitConverter.GetBytes)];
            byte[] Plain(string text) => Encoding.UTF8.GetBytes(text);
            void Ids(Func<int, string?> id)
            {
                var rows = Enumerable.Range(0, table.Count).ToArray();
                long Mark(string? s) => s is null ? -1 : long.TryParse(s, NumberStyles.None, c, out var n) && n.ToString(c) == s ? n : -2;
                Raw(Longs(rows.Select(r => Mark(id(r)))));
                foreach (var r in rows.Where(r => Mark(id(r)) == -2))
                {
                    Line('C', r.ToString(c), id(r));
                }
            }

            Raw(Plain(string.Concat(table.Strings.Select(Field))));
            Ids(r => table.Ids[r]);
            Raw(Ints(table.Authors), Longs(table.Ticks), Ints(table.Kinds.Select(k => (int)k)), Ints(table.Languages));
            Ids(r => table.ReferencedIds[r]);
            Raw(Ints(table.ReferencedAuthors));
            var texts = Enumerable.Range(0, table.Count).Select(r => table.Texts.Utf8(r).ToArray()).ToArray();
            hash.AppendData([.. Plain("C|" + (texts.Length * 4).ToString(c) + ":"), .. Ints(texts.Select(t => t.Length)),
                .. Plain(Field(texts.Sum(t => (long)t.Length).ToString(c))), .. texts.SelectMany(t => t), (byte)'\n']);
            foreach (var column in new[] { table.Hashtags, table.Urls, table.Mentions })
            {
                Raw(Ints(column.Starts), Ints(column.Values));
            }
        }
        else
        {
            foreach (var p in input.Posts.OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                Line('P', p.Id, p.AuthorId, p.Time.UtcTicks.ToString(c), ((int)p.Kind).ToString(c), p.ReferencedPostId, p.ReferencedAuthorId, p.Language, p.Text,
                    string.Join('\u001f', p.Hashtags), string.Join('\u001f', p.Urls), string.Join('\u001f', p.Mentions));
            }
        }

        foreach (var (account, community) in input.Partition.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Line('M', account, community.ToString(c));
        }

        if (input.EdgesInGraphOrder)
        {
            // Raw lines: the ends' and kinds' strings in order of first use, then the columns' values.
            var names = input.Edges.SelectMany(e => new[] { e.A, e.B }).Distinct().ToList();
            var kinds = input.Edges.Select(e => e.Kind).Distinct().ToList();
            byte[] Pool(IEnumerable<string> strings) => Encoding.UTF8.GetBytes(string.Concat(strings.Select(Field)));
            byte[] Column<T>(Func<ClusterEdge, T> value, Func<T, byte[]> bytes) => [.. input.Edges.SelectMany(e => bytes(value(e)))];
            byte[][] lines =
            [
                [.. RawFields(Pool(names), Pool(kinds))],
                [.. RawFields(
                    Column(e => names.IndexOf(e.A), BitConverter.GetBytes), Column(e => names.IndexOf(e.B), BitConverter.GetBytes),
                    Column(e => kinds.IndexOf(e.Kind), BitConverter.GetBytes), Column(e => e.Weight, BitConverter.GetBytes),
                    Column(e => e.MeanDtSeconds, BitConverter.GetBytes))],
            ];
            foreach (var l in lines)
            {
                hash.AppendData(l);
            }
        }
        else
        {
            var edges = input.Edges
                .Select(e => string.CompareOrdinal(e.A, e.B) <= 0 ? e : e with { A = e.B, B = e.A })
                .OrderBy(e => e.A, StringComparer.Ordinal).ThenBy(e => e.B, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal)
                .ThenBy(e => e.Weight).ThenBy(e => e.MeanDtSeconds);
            foreach (var e in edges)
            {
                Line('E', e.A, e.B, e.Kind, e.Weight.ToString("R", c), e.MeanDtSeconds.ToString("R", c));
            }
        }

        Line('W', input.EdgeWindowSeconds?.ToString("R", c));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A raw line: 'C', then each field as its byte count and its bytes, then a line feed.</summary>
    private static byte[] RawFields(params byte[][] fields) =>
        [(byte)'C', .. fields.SelectMany(f => Encoding.UTF8.GetBytes("|" + f.Length.ToString(CultureInfo.InvariantCulture) + ":").Concat(f)), (byte)'\n'];

    private static ClusterInput Hostile()
    {
        var long1 = new string('x', 5000) + "\U0001F600|1:\u001f\n";
        Post[] posts =
        [
            Original("10", "b|1:a", T0, "plain", hashtags: ["a\u001fb", "", "ü"], mentions: ["x"], urls: ["u:1|2"]),
            Original("9", "a", T0.AddSeconds(-1), long1, language: null),
            Original("10", "a", T0, "same id again, later in the list"),
            new Post("2", "c", new DateTimeOffset(2020, 1, 1, 3, 0, 0, TimeSpan.FromHours(3)), "", "de-AT", PostKind.Retweet, "1", null, [], [], []),
            new Post("\ud800lone", "c", T0, "lone \udc00 surrogates", "x", PostKind.Quote, null, "zz", ["m1", "m2"], ["#t"], []),
        ];
        Account[] accounts =
        [
            Account("b|1:a", bio: "bio\u001f|", created: T0),
            new("a", null, null, null, null, null, null, null, null, null),
            Account("a", location: "later", created: T0.AddDays(1)),
        ];
        ClusterEdge[] edges =
        [
            Edge("b|1:a", "a", "co_tweet", 2.5, 0.1),
            Edge("a", "b|1:a", "co_tweet", 2.5, double.NaN),
            Edge("a", "c", "co_link", 1e-300, 12),
            Edge("a", "c", "co_link", 1e-300, 12),
        ];
        return new ClusterInput(accounts, posts, Partition((1, ["a", "b|1:a"]), (-7, ["c"])), edges) { EdgeWindowSeconds = 3600.5 };
    }

    [Fact]
    public void The_fingerprint_is_the_hash_of_its_definition_on_hostile_values()
    {
        var input = Hostile();

        Assert.Equal(Reference(input), InputFingerprint.Compute(input));
        Assert.Equal(Reference(input with { EdgeWindowSeconds = null, Edges = [] }), InputFingerprint.Compute(input with { EdgeWindowSeconds = null, Edges = [] }));
        Assert.Equal(Reference(input), InputFingerprint.Compute(input, hashAlongside: true, postBlockRows: 1));
    }

    [Fact]
    public void The_fingerprint_of_columns_is_that_of_the_objects()
    {
        var input = Hostile();

        Assert.Equal(Reference(input), InputFingerprint.Compute(input with { Posts = [], PostColumns = ClusterPosts.From(input.Posts) }));
    }

    [Fact]
    public void The_fingerprint_writes_every_number_as_its_invariant_digits()
    {
        // Ids that are numbers (of every digit count up to long.MaxValue), the calendar's first and last instants, negative
        // and extreme communities, and weights and gaps whole and not, -0, large, tiny and not finite.
        var posts = new List<Post>
        {
            Original("0", "a", DateTimeOffset.MinValue, "first instant"),
            Original(long.MaxValue.ToString(CultureInfo.InvariantCulture), "a", DateTimeOffset.MaxValue, "last instant"),
        };
        for (long id = 1, k = 0; k < 18; id *= 10, k++)
        {
            posts.Add(Original((id + k).ToString(CultureInfo.InvariantCulture), "b", T0.AddTicks(id), new string('t', (int)k * 7)));
        }

        double[] values =
        [
            0, -0.0, 1, -1, 7, 10, 999_999_999, 1e9, -1e9 + 1, 123_456_789_012, 1e14, 1e15, 1e16, 4503599627370496, 0.1, 2.5, -2.5,
            1e-300, double.Epsilon, double.MaxValue, double.MinValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity,
        ];
        var edges = values.Select((v, k) => Edge("a", "b" + k, "co_tweet", v, values[^(k + 1)])).ToArray();
        var partition = Partition((int.MinValue, ["a"]), (int.MaxValue, ["b"]), (-1, ["c"]), (0, ["d"]), (-1_000_000_007, ["e"]));
        var input = new ClusterInput([Account("a", created: DateTimeOffset.MinValue), Account("b", created: DateTimeOffset.MaxValue)], posts, partition, edges)
        {
            EdgeWindowSeconds = -0.0,
        };

        Assert.Equal(Reference(input), InputFingerprint.Compute(input));
        Assert.Equal(Reference(input), InputFingerprint.Compute(input with { Posts = [], PostColumns = ClusterPosts.From(input.Posts) }));
        foreach (var window in new double?[] { 3600, 1e9, 0.5, double.NaN })
        {
            Assert.Equal(Reference(input with { EdgeWindowSeconds = window }), InputFingerprint.Compute(input with { EdgeWindowSeconds = window }));
        }
    }

    [Fact]
    public void The_fingerprint_orders_many_edges_as_its_definition_does()
    {
        // Edges among many accounts in a shuffled order, both ways round, of several kinds, with repeated and tied
        // weights and gaps (ties keep their input order).
        var random = new Random(5);
        var accounts = Enumerable.Range(0, 40).Select(i => (i * 7 % 40).ToString(CultureInfo.InvariantCulture) + (i % 3 == 0 ? "x" : "")).ToArray();
        string[] kinds = ["co_tweet", "co_link", "co_retweet", "co_hashtag"];
        var edges = Enumerable.Range(0, 600).Select(_ => Edge(
            accounts[random.Next(accounts.Length)], accounts[random.Next(accounts.Length)], kinds[random.Next(kinds.Length)],
            random.Next(3) + (random.Next(2) * 0.5), random.Next(4) == 0 ? double.NaN : random.Next(3))).ToArray();
        var input = new ClusterInput([], [], Partition((1, accounts)), edges);

        Assert.Equal(Reference(input), InputFingerprint.Compute(input));
    }

    [Fact]
    public void Hashing_alongside_gives_the_same_fingerprint_over_many_buffers()
    {
        // Some megabytes of lines: several megabyte buffers through the hashing thread's two-buffer queue, and pieces
        // longer than a buffer (which grow it).
        var random = new Random(11);
        var posts = Enumerable.Range(0, 4000).Select(i => Original(
            i.ToString(CultureInfo.InvariantCulture), "a" + (i % 37), T0.AddSeconds(i), new string((char)('a' + (i % 26)), i % 1000 == 0 ? 3_000_000 : random.Next(1000))))
            .ToArray();
        var input = new ClusterInput([Account("a1")], posts, Partition((1, ["a1", "a2"])), [Edge("a1", "a2", "co_tweet", 2, 1)]) { EdgeWindowSeconds = 60 };

        var alone = InputFingerprint.Compute(input);

        Assert.Equal(Reference(input), alone);
        Assert.Equal(alone, InputFingerprint.Compute(input, hashAlongside: true));
        Assert.Equal(alone, InputFingerprint.Compute(input with { Posts = [], PostColumns = ClusterPosts.From(input.Posts) }, hashAlongside: true));
        Assert.Equal(alone, InputFingerprint.Compute(input, hashAlongside: true, postBlockRows: 1000)); // blocks that grow their buffers
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(3999)]
    public void Post_lines_written_in_blocks_on_two_threads_give_the_same_fingerprint(int blockRows)
    {
        // 4,000 posts in blocks of 1 (each row a handoff, the writers held back by the lookahead), 7, 1,000 (four blocks,
        // one per slot) and 3,999 (a block of one row last).
        var random = new Random(5);
        var posts = Enumerable.Range(0, 4000).Select(i => Original(
            i.ToString(CultureInfo.InvariantCulture), "a" + (i % 37), T0.AddSeconds(random.Next(100)), new string((char)('a' + (i % 26)), random.Next(300))))
            .ToArray();
        var input = new ClusterInput([Account("a1")], posts, Partition((1, ["a1", "a2"])), [Edge("a1", "a2", "co_tweet", 2, 1)]) { EdgeWindowSeconds = 60 };

        Assert.Equal(Reference(input), InputFingerprint.Compute(input, hashAlongside: true, postBlockRows: blockRows));
    }

    [Fact]
    public void A_block_writers_failure_is_the_one_reported_and_no_writer_runs_on()
    {
        var written = 0;
        using var line = new InputFingerprint.LineHasher(hashAlongside: true);

        var error = Assert.Throws<InvalidOperationException>(() => InputFingerprint.OrderedBlocks.Write(line, 1000, 3, 2, (w, r) =>
        {
            if (r == 500)
            {
                throw new InvalidOperationException("row 500");
            }

            Interlocked.Increment(ref written);
            w.Start('P').Number(r).End();
        }));

        Assert.Equal("row 500", error.Message);
        var after = Volatile.Read(ref written);
        Thread.Sleep(50);
        Assert.Equal(after, Volatile.Read(ref written));
        Assert.True(after < 999);
    }

    [Fact]
    public void Blocks_written_on_two_threads_hash_as_the_same_lines_written_on_one()
    {
        using var alone = new InputFingerprint.LineHasher(hashAlongside: false);
        for (var r = 0; r < 10_000; r++)
        {
            alone.Start('P').Number(r).Field(new string('x', r % 50)).End();
        }

        using var blocks = new InputFingerprint.LineHasher(hashAlongside: true);
        InputFingerprint.OrderedBlocks.Write(blocks, 10_000, 37, 2, (w, r) => w.Start('P').Number(r).Field(new string('x', r % 50)).End());

        Assert.Equal(alone.Hash(), blocks.Hash());
    }

    [Fact]
    public void Posts_in_store_order_are_hashed_as_the_raw_lines_of_their_columns()
    {
        // The hostile posts (an id that is no number, a lone surrogate, a 5,000-character text) and a few megabytes of
        // texts, with one longer than a buffer: raw lines through the hashing thread's queue and the inline hash alike.
        var input = Hostile();
        var random = new Random(3);
        var many = Enumerable.Range(0, 3000).Select(i => Original(
            i % 5 == 0 ? "h" + i.ToString(CultureInfo.InvariantCulture) : i.ToString(CultureInfo.InvariantCulture), "a" + (i % 7), T0.AddSeconds(i),
            new string((char)('a' + (i % 26)), i == 1500 ? 2_500_000 : random.Next(2000)), hashtags: i % 3 == 0 ? ["t" + (i % 4)] : null)).ToArray();

        foreach (var posts in new[] { input.Posts, many })
        {
            var stored = input with { Posts = [], PostColumns = InStoreOrder(ClusterPosts.From(posts)) };

            Assert.Equal(Reference(stored), InputFingerprint.Compute(stored));
            Assert.Equal(Reference(stored), InputFingerprint.Compute(stored, hashAlongside: true));
        }
    }

    [Fact]
    public void Posts_in_store_order_give_another_fingerprint_when_any_of_their_values_changes()
    {
        var input = Hostile();
        var p = input.Posts[0];
        Post[] changed =
        [
            p with { Id = "11" }, p with { Id = "x10" }, p with { AuthorId = "a" }, p with { Time = p.Time.AddTicks(1) },
            p with { Kind = PostKind.Reply }, p with { ReferencedPostId = "3" }, p with { ReferencedAuthorId = "a" }, p with { Language = "fr" },
            p with { Text = "plain." }, p with { Hashtags = ["a\u001fb", ""] }, p with { Urls = [] }, p with { Mentions = ["x", "y"] },
        ];
        string Of(IReadOnlyList<Post> posts) => InputFingerprint.Compute(input with { Posts = [], PostColumns = InStoreOrder(ClusterPosts.From(posts)) });

        var fingerprints = changed.Select(c => Of([c, .. input.Posts.Skip(1)])).Prepend(Of(input.Posts)).ToArray();

        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
    }

    [Fact]
    public void Posts_out_of_store_order_hash_alike_in_any_order_and_in_store_order_their_order_counts()
    {
        var input = Hostile();
        var posts = input.Posts.DistinctBy(p => p.Id).ToArray(); // a repeated id's rows keep their order in the lines
        var reversed = posts.Reverse().ToArray();
        string Of(IReadOnlyList<Post> posts, bool stored) =>
            InputFingerprint.Compute(input with { Posts = [], PostColumns = stored ? InStoreOrder(ClusterPosts.From(posts)) : ClusterPosts.From(posts) });

        Assert.Equal(Of(posts, stored: false), Of(reversed, stored: false));
        Assert.NotEqual(Of(posts, stored: true), Of(reversed, stored: true));
        Assert.NotEqual(Of(posts, stored: false), Of(posts, stored: true));
    }

    [Fact]
    public void Edges_in_graph_order_are_hashed_as_the_raw_lines_of_their_columns()
    {
        // The hostile edges (both ways round, repeated, a tiny weight, a mean dt that is no number) and many more.
        var input = Hostile();
        var random = new Random(9);
        string[] kinds = ["co_tweet", "co_link", "co_retweet"];
        var many = Enumerable.Range(0, 5000).Select(i => Edge(
            "a" + random.Next(300), "b" + random.Next(300), kinds[i % 3], random.Next(50) + (random.Next(2) * 0.25), random.Next(7) == 0 ? double.NaN : random.NextDouble()))
            .ToArray();

        foreach (var edges in new[] { input.Edges, many })
        {
            var listed = input with { Edges = edges, EdgesInGraphOrder = true };

            Assert.Equal(Reference(listed), InputFingerprint.Compute(listed));
            Assert.Equal(Reference(listed), InputFingerprint.Compute(listed, hashAlongside: true));
        }
    }

    [Fact]
    public void Edges_out_of_graph_order_hash_alike_in_any_order_and_in_graph_order_their_order_counts()
    {
        var input = Hostile() with { Edges = [Edge("a", "b", "co_tweet", 2, 1), Edge("a", "c", "co_link", 3, 0.5), Edge("b", "c", "co_tweet", 1, 2)] };
        var reversed = input with { Edges = [.. input.Edges.Reverse()] };

        Assert.Equal(InputFingerprint.Compute(input), InputFingerprint.Compute(reversed));
        Assert.NotEqual(InputFingerprint.Compute(input with { EdgesInGraphOrder = true }), InputFingerprint.Compute(reversed with { EdgesInGraphOrder = true }));
        Assert.NotEqual(InputFingerprint.Compute(input), InputFingerprint.Compute(input with { EdgesInGraphOrder = true }));
    }

    /// <summary>The same columns, said to be in their store's order.</summary>
    private static ClusterPosts InStoreOrder(ClusterPosts c) => new(
        c.Strings, c.Ids, c.Authors, c.Ticks, c.Kinds, c.Languages, c.Texts, c.ReferencedIds, c.ReferencedAuthors, c.Mentions, c.Hashtags, c.Urls)
    {
        IdsUnique = c.IdsUnique,
        InStoreOrder = true,
    };
}
