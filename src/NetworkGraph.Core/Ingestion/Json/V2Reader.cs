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
    private static readonly string[] IdName = ["id"];
    private static readonly string[] AuthorIdName = ["author_id"];
    private readonly TweetIndex _known = new();
    private readonly HandleDirectory _handles = new(JsonUsers.CollectV2);

    protected override FileLayout Layout => FileLayout.V2;

    protected override JsonBatchReader CreateOther() => new V1Reader(Units, File, Limits);

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
        else if (Has(unit, "errors"u8) || Has(unit, "meta"u8))
        {
            batch.RowsRead++;
            Skip(batch, "a response page without tweets (only errors or meta)", unit);
        }
        else
        {
            batch.RowsRead++;
            Reject(batch, null, "not a v2 tweet or response page: it has no data, includes or id", unit);
        }
    }

    private void MapPage(JsonElement page, IngestBatch batch, long? retrievedAt)
    {
        var data = Prop(page, "data"u8);
        if (data.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object or JsonValueKind.Array))
        {
            batch.RowsRead++;
            Reject(batch, "data", $"expected a tweet object or an array of them, found {Describe(data)}", page);
            return;
        }

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
        foreach (var tweet in Items(data))
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
            Skip(batch, "a response page without tweets (empty or no data)", page);
        }

        foreach (var tweet in Items(data))
        {
            batch.RowsRead++;
            if (tweet.ValueKind != JsonValueKind.Object)
            {
                Reject(batch, "data", $"expected a tweet object, found {Describe(tweet)}", tweet);
            }
            else if (Read(tweet, out var post, out var field, out var reason))
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
            JsonProfiles.AddV2(batch, user, retrievedAt ?? newest, Times);
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

            JsonProfiles.AddV2(batch, Obj(reference, "author"u8), observedAt, Times);
        }

        JsonProfiles.AddV2(batch, Obj(tweet, "author"u8), observedAt, Times);
        JsonProfiles.AddV2(batch, Obj(tweet, "in_reply_to_user"u8), observedAt, Times);
    }

    /// <summary>Reads a v2 tweet; a retweet takes its text and entities from the original when it is known.</summary>
    private bool Read(JsonElement tweet, out JsonPost post, out string? field, out string reason)
    {
        post = default;
        if (!TryId(tweet, IdName, out var id, out _, out var problem))
        {
            return Fail("id", problem ?? "missing", out field, out reason);
        }

        if (!TryId(tweet, AuthorIdName, out var author, out _, out problem) && (problem is not null
            || !TryId(Obj(tweet, "author"u8), IdName, out author, out _, out problem)))
        {
            return Fail(problem is null || Has(tweet, "author_id"u8) ? "author_id" : "author.id", problem ?? "missing", out field, out reason);
        }

        if (!TryString(tweet, "created_at"u8, out var createdAt, out problem) && problem is not null)
        {
            return Fail("created_at", problem, out field, out reason);
        }

        if (!Timestamps.TryParseIso(createdAt, out var time))
        {
            return Fail("created_at", $"not an ISO 8601 time: '{Encoding.UTF8.GetString(createdAt)}'", out field, out reason);
        }

        if (!Times.Contains(time))
        {
            return Fail("created_at", Times.Outside(Encoding.UTF8.GetString(createdAt)), out field, out reason);
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
        if (!TryString(Obj(source, "note_tweet"u8), "text"u8, out var text, out problem) && problem is null)
        {
            _ = TryString(source, "text"u8, out text, out problem);
        }

        if (problem is not null)
        {
            return Fail("text", problem, out field, out reason);
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
            Entities = Obj(source, "entities"u8),
        };
        field = null;
        reason = string.Empty;
        return true;
    }

    /// <summary>The items of a page's data: the elements of an array, or a single tweet object.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement data) =>
        data.ValueKind == JsonValueKind.Array ? data.EnumerateArray() : data.ValueKind == JsonValueKind.Object ? [data] : [];

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

    /// <summary>An ISO time within the accepted range, or null.</summary>
    private long? Time(ReadOnlySpan<byte> iso) => Timestamps.TryParseIso(iso, out var seconds) && Times.Contains(seconds) ? seconds : null;
}
