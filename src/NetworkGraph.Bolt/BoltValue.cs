using System.Collections;
using System.Globalization;
using NetworkGraph.Bolt.Values;

namespace NetworkGraph.Bolt;

/// <summary>Conversions and display for values read from Bolt.</summary>
public static class BoltValue
{
    /// <summary>Converts a Bolt value to <typeparamref name="T"/>: same type, numeric widening/narrowing (checked), temporal to BCL.</summary>
    public static T As<T>(object? value, string? name = null)
    {
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            return default(T) is null
                ? default!
                : throw new InvalidCastException($"{Name(name)} is null and cannot become {typeof(T).Name}.");
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        object? converted = value switch
        {
            long l when target == typeof(int) => checked((int)l),
            long l when target == typeof(short) => checked((short)l),
            long l when target == typeof(double) => (double)l,
            double d when target == typeof(float) => (float)d,
            BoltDate d when target == typeof(DateOnly) => d.ToDateOnly(),
            BoltLocalTime t when target == typeof(TimeOnly) => t.ToTimeOnly(),
            BoltLocalDateTime t when target == typeof(DateTime) => t.ToDateTime(),
            BoltDateTime t when target == typeof(DateTimeOffset) => t.ToDateTimeOffset(),
            BoltZonedDateTime t when target == typeof(DateTimeOffset) => t.ToDateTimeOffset(),
            _ => null,
        };
        return converted is not null
            ? (T)converted
            : throw new InvalidCastException($"{Name(name)} is {value.GetType().Name}, not {typeof(T).Name}.");
    }

    /// <summary>A short Cypher-like rendering for tables and logs.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        string s => s,
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        BoltNode n => $"({string.Concat(n.Labels.Select(l => ":" + l))} {Format(n.Properties)})",
        BoltRelationship r => $"[:{r.Type} {Format(r.Properties)}]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(kv => $"{kv.Key}: {Quote(kv.Value)}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Quote)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(object? value) => value is string s ? $"\"{s}\"" : Format(value);

    private static string Name(string? name) => name is null ? "The value" : $"Column '{name}'";
}
