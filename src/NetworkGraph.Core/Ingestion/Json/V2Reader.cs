using System.Text;
using System.Text.Json;
using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Ingestion.Json.JsonValues;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Reads Twitter API v2 JSON: response pages (<c>data</c> + <c>includes.users</c> + <c>includes.tweets</c>)
/// or twarc2-flattened tweets (referenced tweets and the author inlined), one per line or as elements of a whole
/// document. Each tweet in <c>data</c> (or each flattened tweet) is a row; included and inlined tweets are stored as
/// posts too.</summary>
internal sealed class V2Reader(JsonUnits units, string file, BatchLimits limits) : JsonBatchReader(units, file, limits)
{
    private readonly TweetIndex _known = new();
    private readonly HandleDirectory _handles = new(JsonUsers.CollectV2);

    protected override void Map(JsonElement unit, IngestBatch batch)
    {
        if (unit.ValueKind != JsonValueKind.Object)
        {
            batch.RowsRead++;
            Reject(batch, null, "expected a JSON object (a v2 response page or tweet)", unit);
            return;
        }

        _handles.Reset(unit);
        var retrievedAt = Time(Utf8(Obj(unit, "__twarc"u8), "retrieved_at"u8));
        if (Has(unit, "data"u8) || Has(unit, "includes"u8))
        {
            MapPage(unit, batch, retrievedAt);
        }
        else if (Has(unit, "id"u8))
        {
            MapFlattened(unit, batch, retrievedAt);
        }
        else
        {
            batch.RowsRead++;
            batch.Skipped++; // e.g. a page holding only errors
        }
    }

    private void MapPage(JsonElement page, IngestBatch batch, long? retrievedAt)
    {
        var data = new ObjectItems(Prop(page, "data"u8), singleToo: true);
        var includes = Obj(page, "includes"u8);
        _known.Clear();
        foreach (var tweet in Objects(includes, "tweets"u8))
        {
            if (TryText(tweet, "id"u8, out var id))
            {
                _known.TryAdd(id, tweet);
            }
        }

        long? newest = null;
        var count = 0;
        foreach (var tweet in data)
        {
            count++;
            if (Time(Utf8(tweet, "created_at"u8)) is { } time && (newest is null || time > newest))
            {
                newest = time;
            }
        }

        if (count == 0)
        {
            batch.RowsRead++;
            batch.Skipped++;
        }

        foreach (var tweet in data)
        {
            batch.RowsRead++;
            if (Read(tweet, out var post, out var field, out var reason))
            {
                post.AddTo(batch, isRow: true, _handles);
            }
            else
            {
                Reject(batch, field, reason, tweet);
            }
        }

        foreach (var tweet in _known.Tweets)
        {
            if (Read(tweet, out var post, out _, out _))
            {
                post.AddTo(batch, isRow: false, _handles);
            }
        }

        foreach (var user in Objects(includes, "users"u8))
        {
            JsonProfiles.AddV2(batch, user, retrievedAt ?? newest);
        }
    }

    private void MapFlattened(JsonElement tweet, IngestBatch batch, long? retrievedAt)
    {
        batch.RowsRead++;
        _known.Clear();
        foreach (var reference in Objects(tweet, "referenced_tweets"u8))
        {
            if (TryText(reference, "id"u8, out var id) && Has(reference, "text"u8))
            {
                _known.TryAdd(id, reference);
            }
        }

        if (!Read(tweet, out var post, out var field, out var reason))
        {
            Reject(batch, field, reason, tweet);
            return;
        }

        post.AddTo(batch, isRow: true, _handles);
        var observedAt = retrievedAt ?? post.Time;
        foreach (var reference in _known.Tweets)
        {
            if (Read(reference, out var original, out _, out _))
            {
                original.AddTo(batch, isRow: false, _handles);
            }

            JsonProfiles.AddV2(batch, Obj(reference, "author"u8), observedAt);
        }

        JsonProfiles.AddV2(batch, Obj(tweet, "author"u8), observedAt);
        JsonProfiles.AddV2(batch, Obj(tweet, "in_reply_to_user"u8), observedAt);
    }

    /// <summary>Reads a v2 tweet; a retweet takes its text and entities from the original when it is known.</summary>
    private bool Read(JsonElement tweet, out JsonPost post, out string? field, out string reason)
    {
        post = default;
        field = null;
        reason = string.Empty;
        if (!TryText(tweet, "id"u8, out var id) || id.IsEmpty)
        {
            (field, reason) = ("id", "missing");
            return false;
        }

        if (!(TryText(tweet, "author_id"u8, out var author) || TryText(Obj(tweet, "author"u8), "id"u8, out author)) || author.IsEmpty)
        {
            (field, reason) = ("author_id", "missing");
            return false;
        }

        var createdAt = Utf8(tweet, "created_at"u8);
        if (!Timestamps.TryParseIso(createdAt, out var time))
        {
            (field, reason) = ("created_at", $"not an ISO 8601 time: '{Encoding.UTF8.GetString(createdAt)}'");
            return false;
        }

        var kind = PostKind.Retweet;
        var reference = Reference(tweet, "retweeted"u8);
        if (reference.ValueKind == JsonValueKind.Undefined)
        {
            (kind, reference) = (PostKind.Quote, Reference(tweet, "quoted"u8));
        }

        if (reference.ValueKind == JsonValueKind.Undefined)
        {
            (kind, reference) = (PostKind.Reply, Reference(tweet, "replied_to"u8));
        }

        kind = reference.ValueKind == JsonValueKind.Undefined ? PostKind.Original : kind;
        var original = default(JsonElement);
        _ = TryText(reference, "id"u8, out var referencedId) && _known.TryGet(referencedId, out original);
        _ = TryText(original, "author_id"u8, out var referencedAuthor) || TryText(Obj(original, "author"u8), "id"u8, out referencedAuthor)
            || (kind == PostKind.Reply && TryText(tweet, "in_reply_to_user_id"u8, out referencedAuthor));
        var source = kind == PostKind.Retweet && Has(original, "text"u8) ? original : tweet;
        _ = TryText(Obj(source, "note_tweet"u8), "text"u8, out var text) || TryText(source, "text"u8, out text);
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
            Entities = Obj(source, "entities"u8),
        };
        return true;
    }

    /// <summary>The first referenced tweet of a type.</summary>
    private static JsonElement Reference(JsonElement tweet, ReadOnlySpan<byte> type)
    {
        foreach (var reference in Objects(tweet, "referenced_tweets"u8))
        {
            if (Prop(reference, "type"u8) is { ValueKind: JsonValueKind.String } value && value.ValueEquals(type))
            {
                return reference;
            }
        }

        return default;
    }

    private static long? Time(ReadOnlySpan<byte> iso) => Timestamps.TryParseIso(iso, out var seconds) ? seconds : null;
}
