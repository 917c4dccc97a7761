using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace NetworkGraph.Core.Snapshots;

/// <summary>JSON form of snapshots and their parts (camelCase, enums as strings, dates as ISO 8601).</summary>
public static class SnapshotJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        Converters = { new StringEnumConverter() },
        DateParseHandling = DateParseHandling.DateTimeOffset,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        FloatFormatHandling = FloatFormatHandling.String,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        NullValueHandling = NullValueHandling.Include,
    };

    /// <summary>Serialises a snapshot or any part of one (a cluster report, a lineage, a diff...).</summary>
    public static string Serialize<T>(T value, bool indented = false) =>
        JsonConvert.SerializeObject(value, indented ? Formatting.Indented : Formatting.None, Settings);

    /// <summary>Reads what <see cref="Serialize{T}"/> wrote; throws <see cref="JsonException"/> on malformed input.</summary>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonConvert.DeserializeObject<T>(json, Settings)
            ?? throw new JsonSerializationException($"The JSON holds no {typeof(T).Name}.");
    }
}
