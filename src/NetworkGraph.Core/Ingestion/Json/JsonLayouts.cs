using System.Text.Json;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Tells API v2 from v1.1 JSON by the top-level keys of one object: for a file's first object (format
/// detection) and for each unit of a file that mixes the two.</summary>
internal static class JsonLayouts
{
    private static readonly string[] V2Keys = ["data", "includes", "author_id", "author", "edit_history_tweet_ids", "__twarc"];

    private static readonly string[] V1Keys =
        ["id_str", "user", "retweeted_status", "full_text", "id_str_h", "id_h", "delete", "limit", "scrub_geo", "status_withheld", "user_withheld"];

    /// <summary>The layout whose keys the object has (v2 first), or <see cref="FileLayout.Unknown"/>.</summary>
    public static FileLayout FromKeys(Func<string, bool> has) =>
        V2Keys.Any(has) ? FileLayout.V2 : V1Keys.Any(has) ? FileLayout.V1 : FileLayout.Unknown;

    /// <summary>The layout of one unit, trying <paramref name="expected"/>'s keys first (the common case costs one or
    /// two lookups); <see cref="FileLayout.Unknown"/> for a unit with neither layout's keys or that is no object.</summary>
    public static FileLayout Of(JsonElement unit, FileLayout expected)
    {
        if (unit.ValueKind != JsonValueKind.Object)
        {
            return FileLayout.Unknown;
        }

        var (first, second) = expected == FileLayout.V1 ? (V1Keys, V2Keys) : (V2Keys, V1Keys);
        return HasAny(unit, first) ? (expected == FileLayout.V1 ? FileLayout.V1 : FileLayout.V2)
            : HasAny(unit, second) ? (expected == FileLayout.V1 ? FileLayout.V2 : FileLayout.V1)
            : FileLayout.Unknown;
    }

    private static bool HasAny(JsonElement unit, string[] keys)
    {
        foreach (var key in keys)
        {
            if (unit.TryGetProperty(key, out _))
            {
                return true;
            }
        }

        return false;
    }
}
