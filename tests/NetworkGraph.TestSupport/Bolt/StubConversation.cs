using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace NetworkGraph.TestSupport.Bolt;

/// Plays one conversation on an open (post-handshake) stream.
internal sealed class StubConversation(
    Stream stream, Conversation conversation, int chunkSize, TimeSpan readTimeout, ConcurrentQueue<string> transcript)
{
    private RawStruct? _pending;
    private bool _clientGone;

    public async Task RunAsync()
    {
        for (var index = 0; index < conversation.Steps.Count; index++)
        {
            switch (conversation.Steps[index])
            {
                case ExpectClient expect:
                    if (!await ExpectAsync(expect))
                    {
                        // The client closed at an optional line: fine if it owed us nothing more.
                        var owed = conversation.Steps.Skip(index + 1).OfType<ExpectClient>().FirstOrDefault(e => !e.Optional);
                        if (owed is not null)
                        {
                            throw new StubMismatchException($"line {owed.Line}: expected C: {owed.Text}, but the client closed the connection");
                        }

                        transcript.Enqueue($"   (client closed at optional line {expect.Line})");
                        return;
                    }

                    break;
                case SendMessage send:
                    var bytes = StubCodec.Encode(new RawStruct(send.Tag, send.Fields));
                    await WriteAsync(Chunk(bytes));
                    transcript.Enqueue($"S: {Script.TagName(send.Tag)} {string.Join(' ', send.Fields.Select(StubCodec.Render))}");
                    break;
                case SendNoop:
                    await WriteAsync(new byte[2]);
                    transcript.Enqueue("S: <NOOP>");
                    break;
                case SendRaw raw:
                    await WriteAsync(raw.Bytes);
                    transcript.Enqueue($"S: <RAW> {Convert.ToHexString(raw.Bytes)}");
                    break;
                case CloseConnection:
                    transcript.Enqueue("S: <EXIT>");
                    return;
            }
        }

        // The script is over: the client may only close the connection now.
        var extra = _pending ?? await ReadMessageAsync();
        if (extra is not null)
        {
            throw new StubMismatchException(
                $"after the last line the client sent {Render(extra)} instead of closing the connection");
        }
    }

    private async Task<bool> ExpectAsync(ExpectClient expect)
    {
        var message = _pending ?? await ReadMessageAsync();
        _pending = null;
        if (message is null)
        {
            if (expect.Optional)
            {
                return false;
            }

            throw new StubMismatchException($"line {expect.Line}: expected C: {expect.Text}, but the client closed the connection");
        }

        var matches = message.Tag == expect.Tag && message.Fields.Count == expect.Fields.Count
            && expect.Fields.Zip(message.Fields).All(p => ScriptValue.Matches(p.First, p.Second));
        if (matches)
        {
            return true;
        }

        if (expect.Optional)
        {
            _pending = message; // the optional line did not happen; the message belongs to the next line
            transcript.Enqueue($"   (optional line {expect.Line} skipped)");
            return true;
        }

        throw new StubMismatchException($"line {expect.Line}: expected C: {expect.Text}\n    but got  C: {Render(message)}");
    }

    // A client that already hung up (allowed after an optional line) makes writes fail: remember, don't crash.
    private async Task WriteAsync(byte[] bytes)
    {
        if (_clientGone)
        {
            return;
        }

        try
        {
            await stream.WriteAsync(bytes);
            await stream.FlushAsync();
        }
        catch (IOException)
        {
            _clientGone = true;
        }
    }

    private static string Render(RawStruct message) =>
        $"{Script.TagName(message.Tag)} {string.Join(' ', message.Fields.Select(StubCodec.Render))}".TrimEnd();

    /// Reads one chunked client message; null when the client closed the connection.
    private async Task<RawStruct?> ReadMessageAsync()
    {
        if (_clientGone)
        {
            return null;
        }

        using var timeout = new CancellationTokenSource(readTimeout);
        var body = new MemoryStream();
        var header = new byte[2];
        try
        {
            while (true)
            {
                var read = await stream.ReadAtLeastAsync(header, 2, throwOnEndOfStream: false, timeout.Token);
                if (read == 0 && body.Length == 0)
                {
                    return null;
                }

                if (read < 2)
                {
                    throw new StubMismatchException("the client closed the connection inside a chunk header");
                }

                var size = BinaryPrimitives.ReadUInt16BigEndian(header);
                if (size == 0)
                {
                    if (body.Length == 0)
                    {
                        continue; // client NOOP
                    }

                    break;
                }

                var chunk = new byte[size];
                await stream.ReadExactlyAsync(chunk, timeout.Token);
                body.Write(chunk);
            }
        }
        catch (OperationCanceledException)
        {
            throw new StubMismatchException($"the client sent nothing for {readTimeout.TotalSeconds} s");
        }
        catch (IOException) when (body.Length == 0)
        {
            return null; // connection reset by the client counts as closing
        }

        var message = StubCodec.Decode(body.ToArray()) as RawStruct
            ?? throw new StubMismatchException("the client sent a message that is not a structure");
        transcript.Enqueue($"C: {Render(message)}");
        return message;
    }

    private byte[] Chunk(byte[] message)
    {
        var output = new MemoryStream();
        for (var offset = 0; offset < message.Length; offset += chunkSize)
        {
            var size = Math.Min(chunkSize, message.Length - offset);
            output.WriteByte((byte)(size >> 8));
            output.WriteByte((byte)size);
            output.Write(message, offset, size);
        }

        output.Write([0, 0]);
        return output.ToArray();
    }
}
