using System.Globalization;
using Newtonsoft.Json.Linq;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Lenient access to JSON fields.</summary>
internal static class JsonValues
{
    /// <summary>A property's value as a string: strings as they are, integers in their exact decimal form.</summary>
    public static string? Str(JToken? token, string name) => token is JObject o ? AsString(o[name]) : null;

    public static string? AsString(JToken? value) => value?.Type switch
    {
        JTokenType.String => (string?)value,
        JTokenType.Integer => ((JValue)value).Value is System.Numerics.BigInteger big
            ? big.ToString(CultureInfo.InvariantCulture)
            : Convert.ToString(((JValue)value).Value, CultureInfo.InvariantCulture),
        JTokenType.Float or JTokenType.Boolean => Convert.ToString(((JValue)value).Value, CultureInfo.InvariantCulture),
        _ => null,
    };

    public static JObject? Obj(JToken? token, string name) => token is JObject o ? o[name] as JObject : null;

    public static IEnumerable<JObject> Objects(JToken? token, string name) =>
        token is JObject o && o[name] is JArray array ? array.OfType<JObject>() : [];

    public static long? Count(JToken? token, string name) =>
        token is JObject o && o[name] is JValue v ? Parsing.Numbers.CountFromJson(v.Value) : null;

    /// <summary>The string of a property, or of a nested property path such as ("public_metrics", "followers_count").</summary>
    public static long? Count(JToken? token, string outer, string inner) => Count(Obj(token, outer), inner);
}
