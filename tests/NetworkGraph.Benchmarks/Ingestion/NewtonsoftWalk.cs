using System.Globalization;
using System.Text;
using NetworkGraph.Core.Ingestion.Parsing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NetworkGraph.Benchmarks.Ingestion;

/// <summary>Parses a JSON line with Newtonsoft the way the readers did before the port (decode to a string,
/// <c>JToken.ReadFrom</c> with dates left as strings) and reads every field the v2 and v1.1 readers read. Returns a
/// checksum (lengths and numbers of what was read) so that both libraries can be shown to read the same.</summary>
internal static class NewtonsoftWalk
{
    public static long V2Page(ReadOnlySpan<byte> line)
    {
        var page = (JObject)Parse(line);
        var sum = Time(Str(Obj(page, "__twarc"), "retrieved_at"));
        foreach (var tweet in Objects(page, "data").Concat(Objects(Obj(page, "includes"), "tweets")))
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

        foreach (var user in Objects(Obj(page, "includes"), "users"))
        {
            sum += Len(Str(user, "id")) + Len(Str(user, "username")) + Len(Str(user, "name")) + Len(Str(user, "location"))
                + Len(Str(user, "description")) + Time(Str(user, "created_at"))
                + (Count(Obj(user, "public_metrics"), "followers_count") ?? 0) + (Count(Obj(user, "public_metrics"), "following_count") ?? 0);
        }

        return sum;
    }

    public static long V1Tweet(ReadOnlySpan<byte> line)
    {
        var tweet = (JObject)Parse(line);
        return V1(tweet) + V1(Obj(tweet, "retweeted_status")) + V1(Obj(tweet, "quoted_status"));
    }

    private static long V1(JObject? tweet)
    {
        if (tweet is null)
        {
            return 0;
        }

        var user = Obj(tweet, "user");
        var extended = Obj(tweet, "extended_tweet");
        var entities = Obj(extended, "entities") ?? Obj(tweet, "entities");
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

    private static JToken Parse(ReadOnlySpan<byte> line)
    {
        using var reader = new JsonTextReader(new StringReader(Encoding.UTF8.GetString(line)))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = 256,
        };
        return JToken.ReadFrom(reader);
    }

    private static long Len(string? s) => s?.Length ?? 0;

    private static long Time(string? iso) => Timestamps.TryParseIso(iso, out var seconds) ? seconds : 0;

    private static string? Str(JToken? token, string name) => token is JObject o ? o[name] switch
    {
        JValue { Type: JTokenType.String } v => (string?)v,
        JValue { Type: JTokenType.Integer } v => Convert.ToString(v.Value, CultureInfo.InvariantCulture),
        _ => null,
    } : null;

    private static JObject? Obj(JToken? token, string name) => token is JObject o ? o[name] as JObject : null;

    private static IEnumerable<JObject> Objects(JToken? token, string name) =>
        token is JObject o && o[name] is JArray array ? array.OfType<JObject>() : [];

    private static long? Count(JToken? token, string name) =>
        token is JObject o && o[name] is JValue v ? CountFromJson(v.Value) : null;

    private static long? CountFromJson(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d when double.IsFinite(d) => (long)Math.Round(d),
        string s when long.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };
}
