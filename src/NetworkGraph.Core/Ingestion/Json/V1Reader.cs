using System.Text;
using System.Text.Json;
using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Ingestion.Json.JsonValues;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Reads Twitter API v1.1 tweet objects, one per line or as elements of a whole document. A retweet takes
/// its text and entities from <c>retweeted_status</c>, which (like <c>quoted_status</c>) is stored as a post too.
/// Every id is also read from its hashed twin (<c>id_str_h</c>, <c>user.id_str_h</c>... as research releases write
/// them). Stream notices (delete, limit...) are skipped, each with its reason.</summary>
internal sealed class V1Reader(JsonUnits units, string file, BatchLimits limits) : JsonBatchReader(units, file, limits)
{
    private static readonly string[] TweetId = ["id_str", "id", "id_str_h", "id_h"];
    private static readonly string[] ReplyTo = ["in_reply_to_status_id_str", "in_reply_to_status_id", "in_reply_to_status_id_str_h", "in_reply_to_status_id_h"];
    private static readonly string[] ReplyUser = ["in_reply_to_user_id_str", "in_reply_to_user_id", "in_reply_to_user_id_str_h", "in_reply_to_user_id_h"];
    private static readonly string[] QuotedId = ["quoted_status_id_str", "quoted_status_id", "quoted_status_id_str_h", "quoted_status_id_h"];
    private static readonly string[] Notices =
        ["delete", "limit", "scrub_geo", "status_withheld", "user_withheld", "disconnect", "warning", "friends", "friends_str", "event", "control"];

    private readonly HandleDirectory _handles = new(JsonUsers.CollectV1);

    /// <summary>The ids a v1.1 object may carry its id under, hashed ones included.</summary>
    public static string[] IdNames => TweetId;

    protected override FileLayout Layout => FileLayout.V1;

    protected override JsonBatchReader CreateOther() => new V2Reader(Units, File, Limits);

    protected override void Map(JsonElement unit, IngestBatch batch)
    {
        batch.RowsRead++;
        if (unit.ValueKind != JsonValueKind.Object)
        {
            Reject(batch, null, "expected a JSON object (a v1.1 tweet)", unit);
            return;
        }

        if (!TryId(unit, TweetId, out _, out _, out _) && Array.Find(Notices, n => unit.TryGetProperty(n, out _)) is { } notice)
        {
            Skip(batch, $"a stream notice ('{notice}'), not a tweet", unit);
            return;
        }

        if (!Read(unit, Times, out var post, out var field, out var reason))
        {
            Reject(batch, field, reason, unit);
            return;
        }

        _handles.Reset(unit);
        post.AddTo(batch, isRow: true, _handles);
        JsonProfiles.AddV1(batch, Obj(unit, "user"u8), post.Time, Times);
        foreach (var nested in (ReadOnlySpan<JsonElement>)[Obj(unit, "retweeted_status"u8), Obj(unit, "quoted_status"u8)])
        {
            if (nested.ValueKind == JsonValueKind.Object && Read(nested, Times, out var original, out _, out _))
            {
                original.AddTo(batch, isRow: false, _handles);
                JsonProfiles.AddV1(batch, Obj(nested, "user"u8), post.Time, Times);
            }
        }
    }

    private static bool Read(JsonElement tweet, TimeRange times, out JsonPost post, out string? field, out string reason)
    {
        post = default;
        if (!TryId(tweet, TweetId, out var id, out var idField, out var problem))
        {
            return Fail(idField, problem ?? "missing: no id_str, id, id_str_h or id_h", out field, out reason);
        }

        if (!TryObject(tweet, "user"u8, out var user, out problem))
        {
            return Fail("user", problem ?? "missing", out field, out reason);
        }

        if (!TryId(user, TweetId, out var author, out idField, out problem))
        {
            return Fail("user." + idField, problem ?? "missing: no id_str, id, id_str_h or id_h", out field, out reason);
        }

        if (!TryString(tweet, "created_at"u8, out var createdAt, out problem) && problem is not null)
        {
            return Fail("created_at", problem, out field, out reason);
        }

        if (!Timestamps.TryParseTwitterV1(createdAt, out var time) && !Timestamps.TryParseIso(createdAt, out time))
        {
            return Fail("created_at", $"not a time like 'Wed Oct 10 20:19:24 +0000 2018': '{Encoding.UTF8.GetString(createdAt)}'", out field, out reason);
        }

        if (!times.Contains(time))
        {
            return Fail("created_at", times.Outside(Encoding.UTF8.GetString(createdAt)), out field, out reason);
        }

        if (!TryObject(tweet, "retweeted_status"u8, out var retweeted, out problem) && problem is not null)
        {
            return Fail("retweeted_status", problem, out field, out reason);
        }

        var quoted = Obj(tweet, "quoted_status"u8);
        var kind = PostKind.Original;
        ReadOnlySpan<byte> referencedId = default, referencedAuthor = default;
        if (retweeted.ValueKind == JsonValueKind.Object)
        {
            kind = PostKind.Retweet;
            _ = TryId(retweeted, TweetId, out referencedId, out _, out _);
            _ = TryId(Obj(retweeted, "user"u8), TweetId, out referencedAuthor, out _, out _);
        }
        else if (TryId(tweet, QuotedId, out referencedId, out _, out _) || TryId(quoted, TweetId, out referencedId, out _, out _))
        {
            kind = PostKind.Quote;
            _ = TryId(Obj(quoted, "user"u8), TweetId, out referencedAuthor, out _, out _);
        }
        else if (TryId(tweet, ReplyTo, out referencedId, out _, out _) | TryId(tweet, ReplyUser, out referencedAuthor, out _, out _))
        {
            kind = PostKind.Reply;
        }

        var source = kind == PostKind.Retweet ? retweeted : tweet;
        var extended = Obj(source, "extended_tweet"u8);
        var entities = Obj(extended, "entities"u8);
        var textField = "full_text";
        if (!TryString(extended, "full_text"u8, out var text, out problem) && problem is null
            && !TryString(source, "full_text"u8, out text, out problem) && problem is null)
        {
            textField = "text";
            _ = TryString(source, "text"u8, out text, out problem);
        }

        if (problem is not null)
        {
            return Fail(textField, problem, out field, out reason);
        }

        post = new JsonPost
        {
            Id = id,
            AuthorId = author,
            Time = time,
            Kind = kind,
            Text = text,
            ReferencedPostId = referencedId,
            ReferencedAuthorId = referencedAuthor,
            Language = Utf8(tweet, "lang"u8),
            Entities = entities.ValueKind == JsonValueKind.Object ? entities : Obj(source, "entities"u8),
            V1 = true,
        };
        field = null;
        reason = string.Empty;
        return true;
    }
}
