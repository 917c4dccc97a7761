using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Lenient access to JSON fields: a missing field, or one of another kind, reads as absent.</summary>
internal static class JsonValues
{
    public static JsonElement Prop(JsonElement obj, ReadOnlySpan<byte> name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : default;

    /// <summary>Whether the object has the property, whatever its value (null included).</summary>
    public static bool Has(JsonElement obj, ReadOnlySpan<byte> name) => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out _);

    public static JsonElement Obj(JsonElement obj, ReadOnlySpan<byte> name) =>
        Prop(obj, name) is { ValueKind: JsonValueKind.Object } value ? value : default;

    /// <summary>The objects of an array property (other items are passed over).</summary>
    public static ObjectItems Objects(JsonElement obj, ReadOnlySpan<byte> name) => new(Prop(obj, name), singleToo: false);

    /// <summary>A scalar property as UTF-8 text: strings unescaped, numbers in their exact written form (ids above
    /// 2^53 stay exact), true/false as written; false for a missing property, null, an object or an array.</summary>
    public static bool TryText(JsonElement obj, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> utf8) => TryText(Prop(obj, name), out utf8);

    public static bool TryText(JsonElement value, out ReadOnlySpan<byte> utf8)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var content = JsonMarshal.GetRawUtf8Value(value)[1..^1];
                utf8 = content.Contains((byte)'\\') ? JsonText.Unescape(content) : content;
                return true;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                utf8 = JsonMarshal.GetRawUtf8Value(value);
                return true;
            default:
                utf8 = default;
                return false;
        }
    }

    /// <summary>Reads the first of <paramref name="names"/> the object holds with a value (null and "" count as
    /// absent) as an id: a string, or a whole number written without sign, fraction or exponent. False with
    /// <paramref name="problem"/> null when none is present; false with the problem and the <paramref name="field"/>
    /// to blame when the value is of another type or is no valid id (<see cref="Ids.Problem"/>).</summary>
    public static bool TryId(JsonElement obj, string[] names, out ReadOnlySpan<byte> utf8, out string field, out string? problem)
    {
        utf8 = default;
        field = names[0];
        problem = null;
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
                || (value.ValueKind == JsonValueKind.String && JsonMarshal.GetRawUtf8Value(value).Length == 2))
            {
                continue;
            }

            field = name;
            if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number)
                || (value.ValueKind == JsonValueKind.Number && JsonMarshal.GetRawUtf8Value(value).IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0))
            {
                problem = $"expected an id (a string or a whole number), found {Describe(value)}";
                return false;
            }

            _ = TryText(value, out utf8);
            problem = Ids.Problem(utf8);
            return problem is null;
        }

        return false;
    }

    /// <summary>Reads a string property; false with <paramref name="problem"/> null when it is absent or null, false
    /// with the problem when it holds another type.</summary>
    public static bool TryString(JsonElement obj, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> utf8, out string? problem)
    {
        utf8 = default;
        problem = null;
        var value = Prop(obj, name);
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problem = $"expected a string, found {Describe(value)}";
            return false;
        }

        return TryText(value, out utf8);
    }

    /// <summary>A property that must be an object when present: false with a problem when it holds another type.</summary>
    public static bool TryObject(JsonElement obj, ReadOnlySpan<byte> name, out JsonElement value, out string? problem)
    {
        value = Prop(obj, name);
        problem = value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object
            ? null
            : $"expected an object, found {Describe(value)}";
        return value.ValueKind == JsonValueKind.Object;
    }

    /// <summary>The kind of a value, for messages: "a string", "an array"...</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {JsonText.Compact(JsonMarshal.GetRawUtf8Value(value))}",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>The text of a property, empty when absent.</summary>
    public static ReadOnlySpan<byte> Utf8(JsonElement obj, ReadOnlySpan<byte> name) => TryText(obj, name, out var utf8) ? utf8 : default;

    /// <summary>The text of a property as a string, or null when absent (for messages and keys).</summary>
    public static string? Str(JsonElement obj, ReadOnlySpan<byte> name) => TryText(obj, name, out var utf8) ? Encoding.UTF8.GetString(utf8) : null;

    /// <summary>A count written as an integer, a float (rounded) or a string of digits; a negative count reads as
    /// absent (profiles are nested in a tweet, whose row stays).</summary>
    public static long? Count(JsonElement obj, ReadOnlySpan<byte> name)
    {
        var value = Prop(obj, name);
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var whole) => (long?)whole,
            JsonValueKind.Number when value.TryGetDouble(out var real) && double.IsFinite(real) && Math.Abs(real) < 9e18
                && JsonMarshal.GetRawUtf8Value(value).IndexOfAny(".eE"u8) >= 0 => (long)Math.Round(real),
            JsonValueKind.String when long.TryParse(Utf8(obj, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        } is { } count && count >= 0 ? count : null;
    }

    /// <summary>The count of a nested property, such as ("public_metrics", "followers_count").</summary>
    public static long? Count(JsonElement obj, ReadOnlySpan<byte> outer, ReadOnlySpan<byte> inner) => Count(Obj(obj, outer), inner);
}

/// <summary>The objects of an array, or a single object taken as a list of one.</summary>
internal readonly struct ObjectItems(JsonElement value, bool singleToo)
{
    public Enumerator GetEnumerator() => new(value, singleToo);

    public struct Enumerator
    {
        private readonly JsonElement _value;
        private JsonElement.ArrayEnumerator _items;
        private int _single;

        public Enumerator(JsonElement value, bool singleToo)
        {
            _value = value;
            _items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : default;
            _single = singleToo && value.ValueKind == JsonValueKind.Object ? 1 : 0;
        }

        public JsonElement Current { get; private set; }

        public bool MoveNext()
        {
            if (_value.ValueKind != JsonValueKind.Array)
            {
                Current = _value;
                return _single-- > 0;
            }

            while (_items.MoveNext())
            {
                if (_items.Current.ValueKind == JsonValueKind.Object)
                {
                    Current = _items.Current;
                    return true;
                }
            }

            return false;
        }
    }
}
