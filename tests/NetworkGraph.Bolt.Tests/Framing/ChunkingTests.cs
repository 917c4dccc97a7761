using System.Buffers;
using FsCheck.Xunit;
using NetworkGraph.Bolt.Framing;
using NetworkGraph.Bolt.Messages;
using NetworkGraph.Bolt.Tests.Support;

namespace NetworkGraph.Bolt.Tests.Framing;

/// Golden frames from BOLT.md (produced by the official JavaScript driver), plus splitting and reassembly.
public sealed class ChunkingTests
{
    public static TheoryData<string, string> GoldenFrames => new()
    {
        { "RUN", "00 12 B3 10 8D 52 45 54 55 52 4E 20 31 20 41 53 20 6E A0 A0 00 00" },
        { "PULL", "00 06 B1 3F A1 81 6E FF 00 00" },
        { "BEGIN", "00 0C B1 11 A1 82 64 62 85 6E 65 6F 34 6A 00 00" },
        { "COMMIT", "00 02 B0 12 00 00" },
        { "RESET", "00 02 B0 0F 00 00" },
        { "GOODBYE", "00 02 B0 02 00 00" },
        { "LOGON", "00 33 B1 6A A3 86 73 63 68 65 6D 65 85 62 61 73 69 63 89 70 72 69 6E 63 69 70 61 6C 85 6E 65 6F 34 6A " +
            "8B 63 72 65 64 65 6E 74 69 61 6C 73 86 73 65 63 72 65 74 00 00" },
    };

    private static BoltRequest Request(string name) => name switch
    {
        "RUN" => Requests.Run("RETURN 1 AS n", null, null),
        "PULL" => Requests.Pull(-1),
        "BEGIN" => Requests.Begin(new Dictionary<string, object?> { ["db"] = "neo4j" }),
        "COMMIT" => Requests.Commit,
        "RESET" => Requests.Reset,
        "GOODBYE" => Requests.Goodbye,
        _ => Requests.Logon(BoltAuth.Basic("neo4j", "secret").ToMap()),
    };

    [Theory]
    [MemberData(nameof(GoldenFrames))]
    public void Frames_requests_exactly_as_the_official_driver(string name, string frame)
    {
        var output = new ArrayBufferWriter<byte>();
        ChunkWriter.WriteMessage(Request(name).Encode(), output);
        Assert.Equal(Bytes.Hex(frame), output.WrittenSpan.ToArray());
    }

    [Fact]
    public void Splits_a_large_message_into_full_chunks_then_the_rest()
    {
        var message = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        var output = new ArrayBufferWriter<byte>();
        ChunkWriter.WriteMessage(message, output);
        var bytes = output.WrittenSpan.ToArray();
        Assert.Equal(new byte[] { 0xFF, 0xFF }, bytes[..2]);
        Assert.Equal(new byte[] { 0x11, 0x71 }, bytes[65537..65539]); // 70000 - 65535 = 4465 = 0x1171
        Assert.Equal(new byte[] { 0, 0 }, bytes[^2..]);
        Assert.Equal(70_000 + 2 + 2 + 2, bytes.Length);
    }

    [Fact]
    public async Task Skips_noop_chunks_and_reassembles_split_messages()
    {
        // NOOP, a message in chunks of 1 and 2 bytes, NOOP NOOP, a one-chunk message, then a clean end of stream.
        var stream = new MemoryStream(Bytes.Hex("0000 0001 B0 0002 7E00 0000 0000 0000 0002 B07E 0000"));
        var reader = new ChunkReader(stream);
        Assert.Equal(Bytes.Hex("B07E00"), (await reader.ReadMessageAsync(default))!.Value.ToArray());
        Assert.Equal(Bytes.Hex("B07E"), (await reader.ReadMessageAsync(default))!.Value.ToArray());
        Assert.Null(await reader.ReadMessageAsync(default));
    }

    [Fact]
    public async Task Fails_when_the_stream_ends_inside_a_message()
    {
        var reader = new ChunkReader(new MemoryStream(Bytes.Hex("0004 B17E")));
        await Assert.ThrowsAsync<EndOfStreamException>(async () => await reader.ReadMessageAsync(default));
    }

    [Fact]
    public async Task Refuses_a_message_above_the_size_limit()
    {
        var reader = new ChunkReader(new MemoryStream(Bytes.Hex("0004 01020304 0000")), maxMessageSize: 3);
        await Assert.ThrowsAsync<BoltProtocolException>(async () => await reader.ReadMessageAsync(default));
    }

    [Property(MaxTest = 100)]
    public bool Any_message_survives_chunking_at_any_chunk_size(byte[] message, ushort chunkSize)
    {
        if (message is null || message.Length == 0)
        {
            return true; // an empty message is indistinguishable from a NOOP by design
        }

        var size = Math.Max(1, (int)chunkSize % 300);
        var output = new ArrayBufferWriter<byte>();
        ChunkWriter.WriteMessage(message, output, size);
        var back = new ChunkReader(new MemoryStream(output.WrittenSpan.ToArray())).ReadMessageAsync(default)
            .AsTask().GetAwaiter().GetResult();
        return back!.Value.Span.SequenceEqual(message);
    }
}
