using System.Buffers;
using NetworkGraph.Bolt.PackStream;

namespace NetworkGraph.Bolt.Messages;

/// A client message: its tag and fields. Auth-bearing messages never print their fields.
internal sealed record BoltRequest(byte Tag, IReadOnlyList<object?> Fields)
{
    public string Name => MessageTag.Name(Tag);

    public bool HasSummary => Tag != MessageTag.Goodbye;

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(Fields.Count, Tag);
        foreach (var field in Fields)
        {
            writer.WriteValue(field);
        }
    }

    public byte[] Encode(bool legacyDateTimes = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteTo(new PackStreamWriter(buffer) { LegacyDateTimes = legacyDateTimes });
        return buffer.WrittenSpan.ToArray();
    }

    public override string ToString() => Name;
}

/// Builders for the requests the client sends (see BOLT.md "Messages").
internal static class Requests
{
    private static readonly Dictionary<string, object?> Empty = [];

    public static readonly BoltRequest Goodbye = new(MessageTag.Goodbye, []);
    public static readonly BoltRequest Reset = new(MessageTag.Reset, []);
    public static readonly BoltRequest Commit = new(MessageTag.Commit, []);
    public static readonly BoltRequest Rollback = new(MessageTag.Rollback, []);

    public static BoltRequest Hello(IReadOnlyDictionary<string, object?> extra) => new(MessageTag.Hello, [extra]);

    public static BoltRequest Logon(IReadOnlyDictionary<string, object?> auth) => new(MessageTag.Logon, [auth]);

    public static BoltRequest Run(string query, IReadOnlyDictionary<string, object?>? parameters,
        IReadOnlyDictionary<string, object?>? extra) =>
        new(MessageTag.Run, [query, parameters ?? Empty, extra ?? Empty]);

    public static BoltRequest Begin(IReadOnlyDictionary<string, object?> extra) => new(MessageTag.Begin, [extra]);

    public static BoltRequest Pull(long n, long qid = -1) => new(MessageTag.Pull, [StreamExtra(n, qid)]);

    public static BoltRequest Discard(long n, long qid = -1) => new(MessageTag.Discard, [StreamExtra(n, qid)]);

    public static BoltRequest Route(IReadOnlyDictionary<string, object?> routing, IReadOnlyList<string> bookmarks,
        string? database)
    {
        var extra = new Dictionary<string, object?>();
        if (database is not null)
        {
            extra["db"] = database;
        }

        return new(MessageTag.Route, [routing, bookmarks, extra]);
    }

    /// Transaction metadata shared by RUN (auto-commit) and BEGIN; absent keys mean server defaults.
    public static Dictionary<string, object?> TransactionExtra(string? database, AccessMode mode,
        IReadOnlyCollection<string> bookmarks, TimeSpan? timeout, IReadOnlyDictionary<string, object?>? metadata)
    {
        var extra = new Dictionary<string, object?>();
        if (bookmarks.Count > 0)
        {
            extra["bookmarks"] = bookmarks.ToArray();
        }

        if (timeout is { } t)
        {
            extra["tx_timeout"] = (long)t.TotalMilliseconds;
        }

        if (metadata is { Count: > 0 })
        {
            extra["tx_metadata"] = metadata;
        }

        if (database is not null)
        {
            extra["db"] = database;
        }

        if (mode == AccessMode.Read)
        {
            extra["mode"] = "r";
        }

        return extra;
    }

    private static Dictionary<string, object?> StreamExtra(long n, long qid)
    {
        var extra = new Dictionary<string, object?> { ["n"] = n };
        if (qid != -1)
        {
            extra["qid"] = qid;
        }

        return extra;
    }
}
