using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;
using NetworkGraph.Core.Model;
using Newtonsoft.Json.Linq;
using static NetworkGraph.Core.Ingestion.Json.JsonValues;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Reads Twitter API v1.1 JSON lines, one tweet object per line. A retweet takes its text and entities
/// from <c>retweeted_status</c>, which (like <c>quoted_status</c>) is stored as a post too. Stream notices (delete,
/// limit...) are skipped.</summary>
internal sealed class V1Reader(JsonLines lines, string file, BatchLimits limits) : JsonBatchReader(lines, file, limits)
{
    protected override void Map(JToken line, IngestBatch batch)
    {
        batch.RowsRead++;
        if (line is not JObject tweet)
        {
            Reject(batch, null, "expected a JSON object (a v1.1 tweet)", line);
            return;
        }

        if (tweet["id_str"] is null && tweet["id"] is null && tweet["text"] is null && tweet["full_text"] is null)
        {
            batch.Skipped++; // a stream notice: delete, limit, scrub_geo, status_withheld...
            return;
        }

        if (!Read(tweet, out var post, out var field, out var reason))
        {
            Reject(batch, field, reason!, tweet);
            return;
        }

        post.AddTo(batch, isRow: true);
        Profile(Obj(tweet, "user"))?.AddTo(batch, post.Time);
        foreach (var name in new[] { "retweeted_status", "quoted_status" })
        {
            var nested = Obj(tweet, name);
            if (nested is not null && Read(nested, out var original, out _, out _))
            {
                original.AddTo(batch, isRow: false);
                Profile(Obj(nested, "user"))?.AddTo(batch, post.Time);
            }
        }
    }

    private static bool Read(JObject tweet, out JsonPost post, out string? field, out string? reason)
    {
        post = null!;
        field = reason = null;
        var id = Str(tweet, "id_str") ?? Str(tweet, "id");
        var user = Obj(tweet, "user");
        var author = Str(user, "id_str") ?? Str(user, "id");
        if (string.IsNullOrEmpty(id))
        {
            return Fail("id_str", "missing", out field, out reason);
        }

        if (string.IsNullOrEmpty(author))
        {
            return Fail("user.id_str", "missing", out field, out reason);
        }

        var createdAt = Str(tweet, "created_at");
        if (!Timestamps.TryParseTwitterV1(createdAt, out var time) && !Timestamps.TryParseIso(createdAt, out time))
        {
            return Fail("created_at", $"not a time like 'Wed Oct 10 20:19:24 +0000 2018': '{createdAt}'", out field, out reason);
        }

        var retweeted = Obj(tweet, "retweeted_status");
        var quoted = Obj(tweet, "quoted_status");
        var quotedId = Str(tweet, "quoted_status_id_str") ?? Str(quoted, "id_str") ?? Str(quoted, "id");
        var replyTo = Str(tweet, "in_reply_to_status_id_str") ?? Str(tweet, "in_reply_to_status_id");
        var replyUser = Str(tweet, "in_reply_to_user_id_str") ?? Str(tweet, "in_reply_to_user_id");
        var (kind, referencedId, referencedAuthor) =
            retweeted is not null ? (PostKind.Retweet, Str(retweeted, "id_str") ?? Str(retweeted, "id"), Str(Obj(retweeted, "user"), "id_str"))
            : quotedId is not null ? (PostKind.Quote, quotedId, Str(Obj(quoted, "user"), "id_str"))
            : replyTo is not null || replyUser is not null ? (PostKind.Reply, replyTo, replyUser)
            : (PostKind.Original, null, null);
        var source = retweeted ?? tweet;
        var extended = Obj(source, "extended_tweet");
        var entities = Obj(extended, "entities") ?? Obj(source, "entities");
        var text = Str(extended, "full_text") ?? Str(source, "full_text") ?? Str(source, "text") ?? string.Empty;
        post = new JsonPost(id, author, time, kind, text)
        {
            ReferencedPostId = referencedId,
            ReferencedAuthorId = referencedAuthor,
            Language = Str(tweet, "lang"),
            Mentions = Objects(entities, "user_mentions").Select(m => (Str(m, "id_str") ?? Str(m, "id"), Str(m, "screen_name"))).ToList(),
            Hashtags = Objects(entities, "hashtags").Select(h => Str(h, "text")).OfType<string>().ToList(),
            Urls = Objects(entities, "urls").Select(u => Str(u, "expanded_url") ?? Str(u, "url")).OfType<string>().ToList(),
        };
        return true;
    }

    private static JsonProfile? Profile(JObject? user)
    {
        var id = Str(user, "id_str") ?? Str(user, "id");
        return string.IsNullOrEmpty(id) ? null : new JsonProfile(id)
        {
            Handle = Str(user, "screen_name"),
            DisplayName = Str(user, "name"),
            Location = Str(user, "location"),
            Bio = Str(user, "description"),
            Language = Str(user, "lang"),
            CreatedAt = Timestamps.TryParseTwitterV1(Str(user, "created_at"), out var created) ? created : null,
            Followers = Count(user, "followers_count"),
            Following = Count(user, "friends_count"),
        };
    }

    private static bool Fail(string field, string message, out string? failedField, out string? reason)
    {
        failedField = field;
        reason = message;
        return false;
    }
}
