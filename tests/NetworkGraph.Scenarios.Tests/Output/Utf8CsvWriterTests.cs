using System.Text;
using NetworkGraph.Scenarios.Output;

namespace NetworkGraph.Scenarios.Tests.Output;

public sealed class Utf8CsvWriterTests
{
    [Fact]
    public void Quotes_only_fields_that_need_it_and_doubles_inner_quotes()
    {
        var text = Write(csv =>
        {
            csv.FieldText("plain");
            csv.FieldText("a, b");
            csv.FieldText("say \"hi\"");
            csv.FieldText("two\nlines");
            csv.Field(42);
            csv.EmptyField();
            csv.EndRow();
        });
        Assert.Equal("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",42,\n", text);
    }

    [Fact]
    public void Keeps_multi_byte_text_intact_across_buffer_boundaries()
    {
        var long1 = string.Concat(Enumerable.Repeat("Azərbaycan 🇦🇿, ", 200_000));
        var text = Write(csv =>
        {
            csv.FieldText(long1);
            csv.EndRow();
        });
        Assert.Equal("\"" + long1 + "\"\n", text);
    }

    [Fact]
    public void Reports_a_failing_stream_when_disposed()
    {
        var csv = new Utf8CsvWriter(new FailingStream());
        csv.FieldText("x");
        Assert.Throws<IOException>(csv.Dispose);
    }

    private static string Write(Action<Utf8CsvWriter> write)
    {
        using var ms = new MemoryStream();
        using (var csv = new Utf8CsvWriter(ms))
        {
            write(csv);
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk full");
    }
}
