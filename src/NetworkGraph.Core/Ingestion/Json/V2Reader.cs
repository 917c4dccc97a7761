using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;
using NetworkGraph.Core.Model;
using Newtonsoft.Json.Linq;
using static NetworkGraph.Core.Ingestion.Json.JsonValues;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Reads Twitter API v2 JSON lines: response pages (<c>data</c> + <c>includes.users</c> +
/// <c>includes.tweets</c>) or twarc2-flattened tweets (referenced tweets and the author inlined). Each tweet in
/// <c>data</c> (or each flattened tweet) is a row; included and inlined tweets are stored as posts too.</summary>
internal sealed class V2Reader(JsonLines lines, string file, BatchLimits limits) : JsonBatchReader(lines, file, limits)
{
    protected override void Map(JToken line, IngestBatch batch)
    {
        if (line is not JObject root)
        {
            batch.RowsRead++;
            Reject(batch, null, "expected a JSON object (a v2 response page or tweet)", line);
            return;
        }

        var retrievedAt = Time(Str(Obj(root, "__twarc"), "retrieved_at"));
        if (root["data"] is not null || root["includes"] is not null)
        {
            MapPage(root, batch, retrievedAt);
        }
        else if (root["id"] is not null)
        {
            MapFlattened(root, batch, retrievedAt);
        }
        else
        {
            batch.RowsRead++;
            batch.Skipped++; // e.g. a page holding only errors
        }
    }

    private void MapPage(JObject page, IngestBatch batch, long? retrievedAt)
    {
        var data = page["data"] switch
        {
            JArray array => array.OfType<JObject>().ToList(),
            JObject single => [single],
            _ => [],
        };
        var includes = Obj(page, "includes");
        var included = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var tweet in Objects(includes, "tweets"))
        {
            if (Str(tweet, "id") is { } id)
            {
                included.TryAdd(id, tweet);
            }
        }

        if (data.Count == 0)
        {
            batch.RowsRead++;
            batch.Skipped++;
        }

        var newest = data.Select(t => Time(Str(t, "created_at"))).Max();
        foreach (var tweet in data)
        {
            batch.RowsRead++;
            if (Read(tweet, included, out var post, out var field, out var reason))
            {
                post.AddTo(batch, isRow: true);
            }
            else
            {
                Reject(batch, field, reason!, tweet);
            }
        }

        foreach (var tweet in included.Values)
        {
            if (Read(tweet, included, out var post, out _, out _))
            {
                post.AddTo(batch, isRow: false);
            }
        }

        foreach (var user in Objects(includes, "users"))
        {
            Profile(user)?.AddTo(batch, retrievedAt ?? newest);
        }
    }

    private void MapFlattened(JObject tweet, IngestBatch batch, long? retrievedAt)
    {
        batch.RowsRead++;
        var inline = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var reference in Objects(tweet, "referenced_tweets"))
        {
            if (Str(reference, "id") is { } id && reference["text"] is not null)
            {
                inline.TryAdd(id, reference);
            }
        }

        if (!Read(tweet, inline, out var post, out var field, out var reason))
        {
            Reject(batch, field, reason!, tweet);
            return;
        }

        post.AddTo(batch, isRow: true);
        foreach (var reference in inline.Values)
        {
            if (Read(reference, inline, out var original, out _, out _))
            {
                original.AddTo(batch, isRow: false);
            }

            Profile(Obj(reference, "author"))?.AddTo(batch, retrievedAt ?? post.Time);
        }

        Profile(Obj(tweet, "author"))?.AddTo(batch, retrievedAt ?? post.Time);
        Profile(Obj(tweet, "in_reply_to_user"))?.AddTo(batch, retrievedAt ?? post.Time);
    }

    /// <summary>Reads a v2 tweet; a retweet takes its text and entities from the original when it is known.</summary>
    private static bool Read(JObject tweet, Dictionary<string, JObject> known, out JsonPost post, out string? field, out string? reason)
    {
        post = null!;
        field = reason = null;
        var id = Str(tweet, "id");
        var author = Str(tweet, "author_id") ?? Str(Obj(tweet, "author"), "id");
        if (string.IsNullOrEmpty(id))
        {
            return Fail("id", "missing", out field, out reason);
        }

        if (string.IsNullOrEmpty(author))
        {
            return Fail("author_id", "missing", out field, out reason);
        }

        var createdAt = Str(tweet, "created_at");
        if (Time(createdAt) is not { } time)
        {
            return Fail("created_at", $"not an ISO 8601 time: '{createdAt}'", out field, out reason);
        }

        var references = Objects(tweet, "referenced_tweets").ToList();
        var (kind, reference) = Reference(references, "retweeted", PostKind.Retweet)
            ?? Reference(references, "quoted", PostKind.Quote)
            ?? Reference(references, "replied_to", PostKind.Reply)
            ?? (PostKind.Original, null);
        var referencedId = Str(reference, "id");
        var original = referencedId is not null ? known.GetValueOrDefault(referencedId) : null;
        var referencedAuthor = Str(original, "author_id") ?? Str(Obj(original, "author"), "id")
            ?? (kind == PostKind.Reply ? Str(tweet, "in_reply_to_user_id") : null);
        var source = kind == PostKind.Retweet && original?["text"] is not null ? original : tweet;
        var entities = Obj(source, "entities");
        post = new JsonPost(id, author, time, kind, Str(Obj(source, "note_tweet"), "text") ?? Str(source, "text") ?? string.Empty)
        {
            ReferencedPostId = referencedId,
            ReferencedAuthorId = referencedAuthor,
            Language = Str(tweet, "lang"),
            Mentions = Objects(entities, "mentions").Select(m => (Str(m, "id"), Str(m, "username"))).ToList(),
            Hashtags = Objects(entities, "hashtags").Select(h => Str(h, "tag")).OfType<string>().ToList(),
            Urls = Objects(entities, "urls").Select(u => Str(u, "unwound_url") ?? Str(u, "expanded_url") ?? Str(u, "url"))
                .OfType<string>().ToList(),
        };
        return true;
    }

    private static (PostKind, JObject?)? Reference(List<JObject> references, string type, PostKind kind)
    {
        var match = references.FirstOrDefault(r => Str(r, "type") == type);
        return match is null ? null : (kind, match);
    }

    private static JsonProfile? Profile(JObject? user)
    {
        var id = Str(user, "id");
        return string.IsNullOrEmpty(id) ? null : new JsonProfile(id)
        {
            Handle = Str(user, "username"),
            DisplayName = Str(user, "name"),
            Location = Str(user, "location"),
            Bio = Str(user, "description"),
            CreatedAt = Time(Str(user, "created_at")),
            Followers = Count(user, "public_metrics", "followers_count"),
            Following = Count(user, "public_metrics", "following_count"),
        };
    }

    private static long? Time(string? iso) => Timestamps.TryParseIso(iso, out var seconds) ? seconds : null;

    private static bool Fail(string field, string message, out string? failedField, out string? reason)
    {
        failedField = field;
        reason = message;
        return false;
    }
}
