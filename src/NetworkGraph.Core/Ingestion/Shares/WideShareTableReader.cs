using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Csv;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Ingestion.Shares;

/// <summary>Maps rows of a wide share table, one column per object kind (CooRTweet's <c>german_elections</c> layout:
/// account_id, post_id, url_id, hashtag_id, domain_id, phash_id, timestamp): each non-empty object column of a row is
/// one share of the post, of the kind the column names (<c>url_id</c> -> url; <c>phash_id</c> -> image).</summary>
/// <remarks>The post column may be called content_id and the time column timestamp_share; an empty or R's <c>NA</c>
/// value means no object of that kind. A row with no object at all shares nothing and is counted as skipped.</remarks>
internal sealed class WideShareTableReader : CsvBatchReader
{
    private static readonly string[] NotObjects = ["account_id", "post_id", "content_id", "object_id"];
    private static readonly byte[] Na = "NA"u8.ToArray();

    private readonly int _account;
    private readonly int _content;
    private readonly int _time;
    private readonly string _contentName;
    private readonly string _timeName;
    private readonly (int Column, byte[] Kind)[] _objects;

    public WideShareTableReader(CsvRecordReader reader, CsvHeader header, string file, BatchLimits limits)
        : base(reader, header, file, limits)
    {
        _account = header.IndexOf("account_id");
        _content = header.IndexOfAny("post_id", "content_id");
        _contentName = header.Has("post_id") ? "post_id" : "content_id";
        _time = header.IndexOfAny("timestamp", "timestamp_share");
        _timeName = header.Has("timestamp") ? "timestamp" : "timestamp_share";
        _objects = ObjectColumns(header)
            .Select(name => (header.IndexOf(name), System.Text.Encoding.UTF8.GetBytes(KindOf(name))))
            .OrderBy(c => c.Item1)
            .ToArray();
    }

    /// <summary>Whether the header is a wide share table: account_id, post_id (or content_id), timestamp (or
    /// timestamp_share) and at least one other <c>*_id</c> column, without the canonical object_id.</summary>
    public static bool IsWide(CsvHeader header) =>
        !header.Has("object_id") && header.Has("account_id") && (header.Has("post_id") || header.Has("content_id"))
        && (header.Has("timestamp") || header.Has("timestamp_share")) && ObjectColumns(header).Any();

    /// <summary>The object kind a column holds: its name without <c>_id</c>, and <c>image</c> for perceptual hashes.</summary>
    public static string KindOf(string column)
    {
        var kind = column[..^3].ToLowerInvariant();
        return kind is "phash" or "image_hash" or "imagehash" ? "image" : kind;
    }

    protected override bool TryMap(IngestBatch batch, out string? field, out string? reason)
    {
        field = reason = null;
        if (Field(_account).IsEmpty)
        {
            return Fail("account_id", "empty", out field, out reason);
        }

        if (Field(_content).IsEmpty)
        {
            return Fail(_contentName, "empty", out field, out reason);
        }

        if (!Timestamps.TryParseUnixOrIso(Field(_time), out var time))
        {
            return Fail(_timeName, $"not UNIX seconds or YYYY-MM-DD HH:MM:SS: '{Quote(_time)}'", out field, out reason);
        }

        if (!Times.ForShares.Contains(time))
        {
            return Fail(_timeName, Times.ForShares.Outside(Quote(_time)), out field, out reason);
        }

        var account = -1;
        var content = default(Utf8Ref);
        foreach (var (column, kind) in _objects)
        {
            var value = Field(column);
            if (value.IsEmpty || value.SequenceEqual(Na))
            {
                continue;
            }

            if (account < 0)
            {
                account = batch.AddAccount(Field(_account));
                content = batch.AddText(Field(_content));
            }

            batch.AddShare(new ShareRecord(account, batch.AddText(kind), batch.AddText(value), content, time));
        }

        if (account < 0)
        {
            Skip(batch, "a post that shares no object (every object column is empty)");
        }

        return true;
    }

    private static IEnumerable<string> ObjectColumns(CsvHeader header) =>
        header.Names.Where(n => n.Length > 3 && n.EndsWith("_id", StringComparison.OrdinalIgnoreCase)
                                && !NotObjects.Contains(n, StringComparer.OrdinalIgnoreCase)
                                && ShareTableReader.IsKindName(System.Text.Encoding.UTF8.GetBytes(n[..^3])));
}
