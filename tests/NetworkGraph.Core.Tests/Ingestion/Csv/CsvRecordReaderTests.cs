using System.Text;
using NetworkGraph.Core.Ingestion.Csv;

namespace NetworkGraph.Core.Tests.Ingestion.Csv;

public sealed class CsvRecordReaderTests
{
    private static List<string[]> ReadAll(string text, int bufferSize = 1 << 20) => ReadAll(Encoding.UTF8.GetBytes(text), bufferSize);

    private static List<string[]> ReadAll(byte[] bytes, int bufferSize)
    {
        using var reader = new CsvRecordReader(new MemoryStream(bytes), bufferSize);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader[i])).ToArray());
        }

        return records;
    }

    [Theory]
    [InlineData(1 << 20)]
    [InlineData(3)]
    [InlineData(8)]
    public void Reads_quotes_doubled_quotes_and_line_breaks_inside_fields_whatever_the_buffer_size(int bufferSize)
    {
        var records = ReadAll("a,b,c\n1,\"x, \"\"y\"\"\nz\",\r\n\"\",plain,\"end\"\n", bufferSize);

        Assert.Equal(3, records.Count);
        Assert.Equal(["1", "x, \"y\"\nz", ""], records[1]);
        Assert.Equal(["", "plain", "end"], records[2]);
    }

    [Fact]
    public void Skips_a_byte_order_mark_and_blank_lines()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("h1,h2\n\n1,2\r\n\r\n")).ToArray();

        var records = ReadAll(bytes, 1 << 20);

        Assert.Equal([["h1", "h2"], ["1", "2"]], records);
    }

    [Fact]
    public void Reads_a_last_record_without_a_line_break()
    {
        Assert.Equal(["3", "4"], ReadAll("h1,h2\n3,4")[1]);
    }

    [Fact]
    public void Flags_a_quoted_field_left_open_at_the_end_of_the_input()
    {
        using var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes("h\n\"open field\nmore")));
        reader.Read();

        Assert.True(reader.Read());
        Assert.Contains("unterminated", reader.Problem, StringComparison.Ordinal);
        Assert.Equal(2, reader.RecordLine);
    }

    [Fact]
    public void Flags_text_after_a_closing_quote_and_goes_on_with_the_next_record()
    {
        using var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes("h,i\n\"a\"b,c\nd,e\n")));
        reader.Read();

        Assert.True(reader.Read());
        Assert.NotNull(reader.Problem);
        Assert.True(reader.Read());
        Assert.Null(reader.Problem);
        Assert.Equal("d", Encoding.UTF8.GetString(reader[0]));
    }

    [Fact]
    public void Tracks_lines_and_offsets_across_multi_line_records()
    {
        var text = "h\n\"a\nb\"\nc\n";
        using var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        reader.Read();
        reader.Read();

        Assert.Equal(2, reader.RecordLine);
        Assert.Equal(4, reader.NextLine);
        Assert.Equal(text.IndexOf('c', StringComparison.Ordinal), reader.NextOffset);
        Assert.Equal("\"a\nb\"", Encoding.UTF8.GetString(reader.Raw));
    }

    [Fact]
    public void Repositions_to_a_checkpoint_and_continues_from_there()
    {
        var text = "h\nr1\nr2\nr3\n";
        using var reader = new CsvRecordReader(new NonSeekableStream(Encoding.UTF8.GetBytes(text)), bufferSize: 4);
        reader.Read();

        reader.Reposition(text.IndexOf("r3", StringComparison.Ordinal), 4);

        Assert.True(reader.Read());
        Assert.Equal("r3", Encoding.UTF8.GetString(reader[0]));
        Assert.Equal(4, reader.RecordLine);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Uses_tabs_when_the_header_has_tabs_and_no_commas()
    {
        Assert.Equal(["x,y", "z"], ReadAll("a\tb\nx,y\tz\n")[1]);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
