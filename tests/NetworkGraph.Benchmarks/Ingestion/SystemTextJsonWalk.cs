using System.Text.Json;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Benchmarks.Ingestion;

/// <summary>The same walk as <see cref="NewtonsoftWalk"/> with System.Text.Json: <c>JsonDocument</c> over the UTF-8
/// bytes, strings materialised with <c>GetString</c> (so both sides allocate the values they read).</summary>
internal static class SystemTextJsonWalk
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    public static long V2Page(ReadOnlyMemory<byte> line)
    {
        using var document = JsonDocument.Parse(line, Options);
        var page = document.RootElement;
        var includes = Obj(page, "includes");
        var sum = Time(Str(Obj(page, "__twarc"), "retrieved_at"));
        foreach (var tweet in Objects(page, "data").Concat(Objects(includes, "tweets")))
        {
            sum += Len(Str(tweet, "id")) + Len(Str(tweet, "author_id")) + Time(Str(tweet, "created_at")) + Len(Str(tweet, "lang"))
                + Len(Str(tweet, "in_reply_to_user_id")) + Len(Str(Obj(tweet, "note_tweet"), "text")) + Len(Str(tweet, "text"));
            foreach (var reference in Objects(tweet, "referenced_tweets"))
            {
                sum += Len(Str(reference, "type")) + Len(Str(reference, "id"));
            }

            var entities = Obj(tweet, "entities");
            sum += Objects(entities, "mentions").Sum(m => Len(Str(m, "id")) + Len(Str(m, "username")));
            sum += Objects(entities, "hashtags").Sum(h => Len(Str(h, "tag")));
            sum += Objects(entities, "urls").Sum(u => Len(Str(u, "unwound_url") ?? Str(u, "expanded_url") ?? Str(u, "url")));
        }

        foreach (var user in Objects(includes, "users"))
        {
            sum += Len(Str(user, "id")) + Len(Str(user, "username")) + Len(Str(user, "name")) + Len(Str(user, "location"))
                + Len(Str(user, "description")) + Time(Str(user, "created_at"))
                + (Count(Obj(user, "public_metrics"), "followers_count") ?? 0) + (Count(Obj(user, "public_metrics"), "following_count") ?? 0);
        }

        return sum;
    }

    public static long V1Tweet(ReadOnlyMemory<byte> line)
    {
        using var document = JsonDocument.Parse(line, Options);
        var tweet = document.RootElement;
        return V1(tweet) + V1(Obj(tweet, "retweeted_status")) + V1(Obj(tweet, "quoted_status"));
    }

    private static long V1(JsonElement tweet)
    {
        if (tweet.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }

        var user = Obj(tweet, "user");
        var extended = Obj(tweet, "extended_tweet");
        var entities = Obj(extended, "entities") is { ValueKind: JsonValueKind.Object } e ? e : Obj(tweet, "entities");
        var sum = Len(Str(tweet, "id_str")) + Len(Str(tweet, "quoted_status_id_str")) + Len(Str(tweet, "in_reply_to_status_id_str"))
            + Len(Str(tweet, "in_reply_to_user_id_str")) + Len(Str(tweet, "lang"))
            + Len(Str(extended, "full_text") ?? Str(tweet, "full_text") ?? Str(tweet, "text"))
            + (Timestamps.TryParseTwitterV1(Str(tweet, "created_at"), out var time) ? time : 0);
        sum += Objects(entities, "user_mentions").Sum(m => Len(Str(m, "id_str")) + Len(Str(m, "screen_name")));
        sum += Objects(entities, "hashtags").Sum(h => Len(Str(h, "text")));
        sum += Objects(entities, "urls").Sum(u => Len(Str(u, "expanded_url") ?? Str(u, "url")));
        sum += Len(Str(user, "id_str")) + Len(Str(user, "screen_name")) + Len(Str(user, "name")) + Len(Str(user, "location"))
            + Len(Str(user, "description")) + Len(Str(user, "lang"))
            + (Timestamps.TryParseTwitterV1(Str(user, "created_at"), out var created) ? created : 0)
            + (Count(user, "followers_count") ?? 0) + (Count(user, "friends_count") ?? 0);
        return sum;
    }

    private static long Len(string? s) => s?.Length ?? 0;

    private static long Time(string? iso) => Timestamps.TryParseIso(iso, out var seconds) ? seconds : 0;

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static JsonElement Obj(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value : default;

    private static IEnumerable<JsonElement> Objects(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object) : [];

    private static long? Count(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt64(out var count)
            ? count : null;
}
