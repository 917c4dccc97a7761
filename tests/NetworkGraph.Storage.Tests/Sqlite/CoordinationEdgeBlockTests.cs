using System.Globalization;
using NetworkGraph.Storage.Runs;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Storage.Tests.Sqlite;

public sealed class CoordinationEdgeBlockTests
{
    private const long First = 1_700_000_000_000;
    private static readonly string[] Accounts = ["acc-a", "42", "ü"];
    private static readonly string[] Objects = ["text one", "~near text", "https://example.org/a"];

    private static List<StoredCoordinationEdge> Read(ReadOnlySpan<byte> block, string[]? accounts = null, string[]? objects = null)
    {
        var edges = new List<StoredCoordinationEdge>();
        CoordinationEdgeBlock.Read(block.ToArray(), accounts ?? Accounts, objects ?? Objects, edges);
        return edges;
    }

    [Fact]
    public void Refuses_a_block_whose_evidence_pair_has_a_time_outside_the_calendar_when_the_block_is_read()
    {
        var block = new CoordinationEdgeBlock();
        block.AddEdge(0, 1, 1, 1, 0, 0, First, First, 1, 1, 1);
        block.AddPair("100", "200", 300_000_000_000_000, First, First, 0);

        Assert.Throws<InvalidDataException>(() => Read(block.Written));
    }

    [Fact]
    public void Evidence_read_by_position_is_the_evidence_read_in_order_and_is_read_again_each_time()
    {
        var block = new CoordinationEdgeBlock();
        block.AddEdge(0, 1, 3, 3, 1, 0, First, First + 2_000, 3, 3, 3);
        block.AddPair("100", "200", First, First + 10, First, 0);
        block.AddPair("x-1", "150", First + 1_000, First + 1_001, First, 2);
        block.AddPair("101", "ü", First + 2_000, First + 1_990, First, 1);

        var evidence = Assert.Single(Read(block.Written)).Evidence;

        Assert.Equal(evidence.ToList(), Enumerable.Range(0, evidence.Count).Select(i => evidence[i]));
        Assert.Equal(["100", "x-1", "101"], evidence.Select(p => p.SourcePostId));
        Assert.NotSame(evidence[0], evidence[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => evidence[3]);
    }

    [Fact]
    public void Every_edge_statistic_post_id_time_and_object_reads_back_as_written()
    {
        string[] ids =
        [
            "1703675231987564692", "1703675135447269619", "1", "0", "007", "2305843009213693951", "2305843009213693952",
            "9223372036854775807", "9223372036854775808", "-5", "x-1", "ü9 🇦🇿", "12 ", "1e3", "1703675231987564692",
        ];
        var pairs = ids.Select((id, i) => (Source: id, Target: ids[(i + 3) % ids.Length], SourceTime: First + (i * 977), TargetTime: First + 5_000 - (i * 1_313), Object: i % Objects.Length)).ToList();
        var block = new CoordinationEdgeBlock();
        block.AddEdge(0, 2, 123_456_789_012, 17.25, 3.0 / 7, 0.001, First, First + 86_400_000, 9, 11, pairs.Count);
        foreach (var p in pairs)
        {
            block.AddPair(p.Source, p.Target, p.SourceTime, p.TargetTime, First, p.Object);
        }

        block.AddEdge(1, 0, 1, 0.5, 0, 0, First - 5, First - 5, 1, 1, 0);

        var edges = Read(block.Written);

        Assert.Equal(2, block.Edges);
        Assert.Equal(2, edges.Count);
        Assert.Equal(("acc-a", "ü", 123_456_789_012L, 17.25, 3.0 / 7, 0.001, First, First + 86_400_000, 9, 11),
            (edges[0].SourceId, edges[0].TargetId, edges[0].PairCount, edges[0].Weight, edges[0].MeanDeltaSeconds, edges[0].MinDeltaSeconds,
                edges[0].First.ToUnixTimeMilliseconds(), edges[0].Last.ToUnixTimeMilliseconds(), edges[0].SourcePosts, edges[0].TargetPosts));
        Assert.Equal(
            pairs.Select(p => (p.Source, p.Target, DateTimeOffset.FromUnixTimeMilliseconds(p.SourceTime), DateTimeOffset.FromUnixTimeMilliseconds(p.TargetTime), Objects[p.Object])),
            edges[0].Evidence.Select(p => (p.SourcePostId, p.TargetPostId, p.SourceTime, p.TargetTime, p.Object)));
        Assert.Equal(("42", "acc-a", 1L, 0.5, First - 5), (edges[1].SourceId, edges[1].TargetId, edges[1].PairCount, edges[1].Weight, edges[1].First.ToUnixTimeMilliseconds()));
        Assert.Empty(edges[1].Evidence);
    }

    [Fact]
    public void Edges_of_wide_fields_read_back_wherever_the_block_buffer_fills_up()
    {
        // Room is made once per edge and once per pair's times: every field must fit what was made, wherever the end
        // of the buffer falls (a first pair's post id of every length from 0 to 120 bytes shifts it).
        const long latest = 253_402_300_799_999, earliest = -62_135_596_800_000; // the last and first milliseconds a time holds
        for (var shift = 0; shift <= 120; shift++)
        {
            var block = new CoordinationEdgeBlock();
            block.AddEdge(0, 1, 1, 1, 1, 1, First, First, 1, 1, 1);
            block.AddPair(new string('x', shift), "y", First, First, First, 0);
            var count = 1;
            for (var i = 0; block.Length < 70_000; i++, count++)
            {
                block.AddEdge(i % 3, (i + 1) % 3, long.MinValue + i, 1.0 / (i + 3), double.NaN, -1e300 * i, latest - i, earliest + i, int.MaxValue - i, i, 1);
                block.AddPair(MaxNumericPostBelow - i, i, earliest + i, latest - i, latest - i, i % Objects.Length);
            }

            var edges = Read(block.Written);

            Assert.Equal(count, edges.Count);
            var e = edges[^1];
            var n = count - 2;
            Assert.Equal((Accounts[n % 3], Accounts[(n + 1) % 3], long.MinValue + n, 1.0 / (n + 3), -1e300 * n, latest - n, earliest + n, int.MaxValue - n, n),
                (e.SourceId, e.TargetId, e.PairCount, e.Weight, e.MinDeltaSeconds, e.First.ToUnixTimeMilliseconds(), e.Last.ToUnixTimeMilliseconds(), e.SourcePosts, e.TargetPosts));
            Assert.True(double.IsNaN(e.MeanDeltaSeconds));
            var pair = Assert.Single(e.Evidence);
            Assert.Equal(((MaxNumericPostBelow - n).ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture), earliest + n, latest - n, Objects[n % Objects.Length]),
                (pair.SourcePostId, pair.TargetPostId, pair.SourceTime.ToUnixTimeMilliseconds(), pair.TargetTime.ToUnixTimeMilliseconds(), pair.Object));
        }
    }

    /// <summary>The largest post id the block keeps as a number.</summary>
    private const long MaxNumericPostBelow = (1L << 61) - 1;

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("6")]
    [InlineData("12.345")]
    [InlineData("-3600.5")]
    [InlineData("0.0001")]
    [InlineData("0.3333333333333333")]
    [InlineData("1e300")]
    [InlineData("4503599627370.496")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Every_real_reads_back_to_the_same_bits(string written)
    {
        var value = double.Parse(written, System.Globalization.CultureInfo.InvariantCulture);
        var block = new CoordinationEdgeBlock();
        block.AddEdge(0, 1, 1, value, value, value, First, First, 1, 1, 0);

        var edge = Assert.Single(Read(block.Written));

        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(edge.Weight));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(edge.MeanDeltaSeconds));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(edge.MinDeltaSeconds));
    }

    [Fact]
    public void A_numeric_post_id_takes_a_few_bytes_instead_of_its_digits()
    {
        var block = new CoordinationEdgeBlock();
        block.AddEdge(0, 1, 1, 1, 0, 0, First, First, 1, 1, 1);
        var edgeBytes = block.Length;

        block.AddPair("1703675231987564692", "1703675135447269619", First, First + 1_000, First, 2);

        // The first id whole (9 bytes), the second as its distance from the first (23 s of snowflake ids: 6 bytes), the
        // two times (1 and 2 bytes) and the object (1 byte): 19 bytes instead of the ids' 38 digits.
        Assert.Equal(9 + 6 + 1 + 2 + 1, block.Length - edgeBytes);
    }

    [Fact]
    public void Post_ids_given_as_numbers_write_the_same_bytes_as_their_decimal_text()
    {
        long[] ids = [1703675231987564692, 1703675135447269619, 0, 1, 2305843009213693951, 2305843009213693952, long.MaxValue, -5, 7];
        var asText = new CoordinationEdgeBlock();
        var asNumbers = new CoordinationEdgeBlock();
        foreach (var block in new[] { asText, asNumbers })
        {
            block.AddEdge(0, 1, 9, 1, 0, 0, First, First + 1, 1, 1, ids.Length - 1);
        }

        for (var i = 0; i + 1 < ids.Length; i++)
        {
            asText.AddPair(ids[i].ToString(CultureInfo.InvariantCulture), ids[i + 1].ToString(CultureInfo.InvariantCulture), First + i, First + 7, First, i % 2);
            asNumbers.AddPair(ids[i], ids[i + 1], First + i, First + 7, First, i % 2);
        }

        Assert.Equal(asText.Written.ToArray(), asNumbers.Written.ToArray());
        Assert.Equal(
            ids.SkipLast(1).Select(id => id.ToString(CultureInfo.InvariantCulture)),
            Read(asNumbers.Written)[0].Evidence.Select(p => p.SourcePostId));
    }

    [Fact]
    public void Clear_starts_the_next_block_empty()
    {
        var block = new CoordinationEdgeBlock();
        block.AddEdge(0, 1, 1, 1, 0, 0, First, First, 1, 1, 0);

        block.Clear();
        block.AddEdge(2, 1, 1, 1, 0, 0, First, First, 1, 1, 0);

        Assert.Equal(1, block.Edges);
        Assert.Equal(["ü"], Read(block.Written).Select(e => e.SourceId));
    }

    [Fact]
    public void A_cut_block_or_an_unknown_account_or_object_is_refused_not_misread()
    {
        var block = new CoordinationEdgeBlock();
        block.AddEdge(0, 1, 3, 3, 1, 1, First, First + 9, 2, 2, 1);
        block.AddPair("x-1", "1234567890123", First, First + 1, First, 1);
        var bytes = block.Written.ToArray();

        for (var cut = 1; cut < bytes.Length; cut++)
        {
            Assert.Throws<InvalidDataException>(() => Read(bytes.AsSpan(0, cut)));
        }

        Assert.Throws<InvalidDataException>(() => Read(bytes, accounts: ["only one"]));
        Assert.Throws<InvalidDataException>(() => Read(bytes, objects: ["only one"]));
    }
}
