using System.Text;
using System.Text.Json;
using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Ingestion.Json.JsonValues;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Reads Twitter API v1.1 tweet objects, one per line or as elements of a whole document. A retweet takes
/// its text and entities from <c>retweeted_status</c>, which (like <c>quoted_status</c>) is stored as a post too.
/// Stream notices (delete, limit...) are skipped.</summary>
internal sealed class V1Reader(JsonUnits units, string file, BatchLimits limits) : JsonBatchReader(units, file, limits)
{
    private readonly HandleDirectory _handles = new(JsonUsers.CollectV1);

    protected override void Map(JsonElement unit, IngestBatch batch)
    {
        batch.RowsRead++;
        if (unit.ValueKind != JsonValueKind.Object)
        {
            Reject(batch, null, "expected a JSON object (a v1.1 tweet)", unit);
            return;
        }

        if (!Has(unit, "id_str"u8) && !Has(unit, "id"u8) && !Has(unit, "text"u8) && !Has(unit, "full_text"u8))
        {
            batch.Skipped++; // a stream notice: delete, limit, scrub_geo, status_withheld...
            return;
        }

        if (!Read(unit, out var post, out var field, out var reason))
        {
            Reject(batch, field, reason, unit);
            return;
        }

        _handles.Reset(unit);
        post.AddTo(batch, isRow: true, _handles);
        JsonProfiles.AddV1(batch, Obj(unit, "user"u8), post.Time);
        foreach (var nested in (ReadOnlySpan<JsonElement>)[Obj(unit, "retweeted_status"u8), Obj(unit, "quoted_status"u8)])
        {
            if (nested.ValueKind == JsonValueKind.Object && Read(nested, out var original, out _, out _))
            {
                original.AddTo(batch, isRow: false, _handles);
                JsonProfiles.AddV1(batch, Obj(nested, "user"u8), post.Time);
            }
        }
    }

    private static bool Read(JsonElement tweet, out JsonPost post, out string? field, out string reason)
    {
        post = default;
        field = null;
        reason = string.Empty;
        if (!(TryText(tweet, "id_str"u8, out var id) || TryText(tweet, "id"u8, out id)) || id.IsEmpty)
        {
            (field, reason) = ("id_str", "missing");
            return false;
        }

        var user = Obj(tweet, "user"u8);
        if (!(TryText(user, "id_str"u8, out var author) || TryText(user, "id"u8, out author)) || author.IsEmpty)
        {
            (field, reason) = ("user.id_str", "missing");
            return false;
        }

        var createdAt = Utf8(tweet, "created_at"u8);
        if (!Timestamps.TryParseTwitterV1(createdAt, out var time) && !Timestamps.TryParseIso(createdAt, out time))
        {
            (field, reason) = ("created_at", $"not a time like 'Wed Oct 10 20:19:24 +0000 2018': '{Encoding.UTF8.GetString(createdAt)}'");
            return false;
        }

        var retweeted = Obj(tweet, "retweeted_status"u8);
        var quoted = Obj(tweet, "quoted_status"u8);
        var isReply = TryText(tweet, "in_reply_to_status_id_str"u8, out var replyTo) || TryText(tweet, "in_reply_to_status_id"u8, out replyTo);
        isReply |= TryText(tweet, "in_reply_to_user_id_str"u8, out var replyUser) || TryText(tweet, "in_reply_to_user_id"u8, out replyUser);
        var kind = PostKind.Original;
        ReadOnlySpan<byte> referencedId = default, referencedAuthor = default;
        if (retweeted.ValueKind == JsonValueKind.Object)
        {
            kind = PostKind.Retweet;
            _ = TryText(retweeted, "id_str"u8, out referencedId) || TryText(retweeted, "id"u8, out referencedId);
            referencedAuthor = Utf8(Obj(retweeted, "user"u8), "id_str"u8);
        }
        else if (TryText(tweet, "quoted_status_id_str"u8, out referencedId) || TryText(quoted, "id_str"u8, out referencedId)
            || TryText(quoted, "id"u8, out referencedId))
        {
            kind = PostKind.Quote;
            referencedAuthor = Utf8(Obj(quoted, "user"u8), "id_str"u8);
        }
        else if (isReply)
        {
            kind = PostKind.Reply;
            referencedId = replyTo;
            referencedAuthor = replyUser;
        }

        var source = kind == PostKind.Retweet ? retweeted : tweet;
        var extended = Obj(source, "extended_tweet"u8);
        var entities = Obj(extended, "entities"u8);
        _ = TryText(extended, "full_text"u8, out var text) || TryText(source, "full_text"u8, out text) || TryText(source, "text"u8, out text);
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
        return true;
    }
}
