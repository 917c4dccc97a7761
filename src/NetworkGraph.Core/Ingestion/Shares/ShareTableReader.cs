using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Csv;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Ingestion.Shares;

/// <summary>Maps rows of a generic share table (CooRTweet's canonical columns object_id, account_id, content_id,
/// timestamp_share, plus an optional object_kind or object_type column).</summary>
internal sealed class ShareTableReader(CsvRecordReader reader, CsvHeader header, string file, BatchLimits limits)
    : CsvBatchReader(reader, header, file, limits)
{
    /// <summary>The object kind of a table without a kind column.</summary>
    public const string DefaultKind = "object";

    private static readonly byte[] DefaultKindUtf8 = "object"u8.ToArray();

    private readonly int _object = header.IndexOf("object_id");
    private readonly int _account = header.IndexOf("account_id");
    private readonly int _content = header.IndexOf("content_id");
    private readonly int _time = header.IndexOf("timestamp_share");
    private readonly int _kind = header.IndexOfAny("object_kind", "object_type");

    /// <summary>Whether the header is a share table, canonical or wide (see <see cref="WideShareTableReader"/>).</summary>
    public static bool IsShareTable(CsvHeader header) => IsCanonical(header) || WideShareTableReader.IsWide(header);

    /// <summary>Whether the header has the canonical columns object_id, account_id, content_id and timestamp_share.</summary>
    public static bool IsCanonical(CsvHeader header) =>
        header.Has("object_id") && header.Has("account_id") && header.Has("content_id") && header.Has("timestamp_share");

    /// <summary>The reader of a share table's layout.</summary>
    public static CsvBatchReader Open(CsvRecordReader reader, CsvHeader header, string file, BatchLimits limits) =>
        IsCanonical(header)
            ? new ShareTableReader(reader, header, file, limits)
            : new WideShareTableReader(reader, header, file, limits);

    /// <summary>Whether an object kind value can name a kind: it holds an ASCII letter or digit.</summary>
    internal static bool IsKindName(ReadOnlySpan<byte> kind)
    {
        foreach (var b in kind)
        {
            if (char.IsAsciiLetterOrDigit((char)b))
            {
                return true;
            }
        }

        return false;
    }

    protected override bool TryMap(IngestBatch batch, out string? field, out string? reason)
    {
        field = reason = null;
        if (Field(_object).IsEmpty)
        {
            return Fail("object_id", "empty", out field, out reason);
        }

        if (Field(_account).IsEmpty)
        {
            return Fail("account_id", "empty", out field, out reason);
        }

        if (Field(_content).IsEmpty)
        {
            return Fail("content_id", "empty", out field, out reason);
        }

        if (!Timestamps.TryParseUnixOrIso(Field(_time), out var time))
        {
            return Fail("timestamp_share", $"not UNIX seconds or YYYY-MM-DD HH:MM:SS: '{Quote(_time)}'", out field, out reason);
        }

        if (!Times.ForShares.Contains(time))
        {
            return Fail("timestamp_share", Times.ForShares.Outside(Quote(_time)), out field, out reason);
        }

        var kind = Field(_kind);
        if (!kind.IsEmpty && !IsKindName(kind))
        {
            return Fail(Header.Has("object_kind") ? "object_kind" : "object_type", $"not an object kind (no letter or digit): '{Quote(_kind)}'", out field, out reason);
        }

        batch.AddShare(new ShareRecord(
            batch.AddAccount(Field(_account)),
            batch.AddText(kind.IsEmpty ? DefaultKindUtf8 : kind),
            batch.AddText(Field(_object)),
            batch.AddText(Field(_content)),
            time));
        return true;
    }
}
