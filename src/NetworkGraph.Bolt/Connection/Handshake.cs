namespace NetworkGraph.Bolt.Connection;

/// The Bolt handshake: magic, four version proposals, and the server's 4-byte choice.
internal static class Handshake
{
    // 60 60 B0 17 | 00 08 08 05 (5.8 down to 5.0) | 00 00 04 04 (4.4) | 00 00 00 00 | 00 00 00 00
    public static ReadOnlySpan<byte> Request =>
    [
        0x60, 0x60, 0xB0, 0x17,
        0x00, 0x08, 0x08, 0x05,
        0x00, 0x00, 0x04, 0x04,
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    public static async Task<BoltVersion> NegotiateAsync(Stream stream, ServerAddress address, CancellationToken ct)
    {
        await stream.WriteAsync(Request.ToArray(), ct);
        await stream.FlushAsync(ct);
        var reply = new byte[4];
        var read = await stream.ReadAtLeastAsync(reply, 4, throwOnEndOfStream: false, ct);
        if (read < 4)
        {
            throw new BoltConnectionException(
                $"{address} closed the connection during the Bolt handshake: it is not a Bolt server, or it expects " +
                "TLS (try bolt+s:// or bolt+ssc://).");
        }

        return Parse(reply, address);
    }

    public static BoltVersion Parse(ReadOnlySpan<byte> reply, ServerAddress address)
    {
        if (reply.SequenceEqual("HTTP"u8))
        {
            throw new BoltConnectionException(
                $"{address} speaks HTTP, not Bolt: this is Neo4j's HTTP port (usually 7474); use the Bolt port " +
                "(usually 7687).", retryable: false);
        }

        if (reply.SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 0]))
        {
            throw new BoltConnectionException(
                $"{address} supports none of the Bolt versions this client speaks (5.8 to 5.0, 4.4).", retryable: false);
        }

        var version = new BoltVersion(reply[3], reply[2]);
        var offered = (version.Major == 5 && version.Minor <= 8) || version == BoltVersion.V4_4;
        if (reply[0] != 0 || reply[1] != 0 || !offered)
        {
            throw new BoltProtocolException(
                $"{address} chose Bolt version bytes {Convert.ToHexString(reply)}, which this client did not offer.");
        }

        return version;
    }
}
