using System.Globalization;

namespace NetworkGraph.Core.Export;

/// <summary>Checks attribute values against their column type and formats them invariantly.</summary>
internal static class ExportValueFormatter
{
    /// <summary>Formats a typed value; lists come back as their sanitised items, scalars as one sanitised string.</summary>
    public static PreparedValue Prepare(ExportColumn column, object value, string owner)
    {
        var ok = (column.Type, value) switch
        {
            (ExportValueType.Integer, int i) => Scalar(i.ToString(CultureInfo.InvariantCulture)),
            (ExportValueType.Long, int i) => Scalar(i.ToString(CultureInfo.InvariantCulture)),
            (ExportValueType.Long, long l) => Scalar(l.ToString(CultureInfo.InvariantCulture)),
            (ExportValueType.Double, double d) => Finite(d, owner, column),
            (ExportValueType.Double, int i) => Scalar(i.ToString(CultureInfo.InvariantCulture)),
            (ExportValueType.Double, long l) => Scalar(l.ToString(CultureInfo.InvariantCulture)),
            (ExportValueType.Float, float f) => Finite(f, owner, column),
            (ExportValueType.Float, int i) => Scalar(i.ToString(CultureInfo.InvariantCulture)),
            (ExportValueType.Boolean, bool b) => Scalar(Bool(b)),
            (ExportValueType.String, string s) => Scalar(TextSanitizer.Clean(s)),
            (ExportValueType.Date, DateTimeOffset t) => Scalar(Date(t)),
            (ExportValueType.Date, DateTime t) => Scalar(Date(new DateTimeOffset(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t))),
            (ExportValueType.Date, DateOnly d) => Scalar(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            (ExportValueType.StringList, IEnumerable<string> list) when value is not string =>
                new PreparedValue(column, null, list.Select(TextSanitizer.Clean).ToArray()),
            _ => null,
        };
        return ok is null
            ? throw new ArgumentException($"{owner}: column '{column.Id}' expects {column.Type} but got {value.GetType().Name}.")
            : ok;

        PreparedValue Scalar(string text) => new(column, text, null);
    }

    public static string Bool(bool b) => b ? "true" : "false";

    /// <summary>Shortest round-trip text; negative zero is written as 0.</summary>
    public static string Number(double d) => (d == 0 ? 0d : d).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Shortest round-trip text; negative zero is written as 0.</summary>
    public static string Number(float f) => (f == 0 ? 0f : f).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 in UTC with a Z suffix; fractional seconds only when present.</summary>
    public static string Date(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static void RequireFinite(double d, string owner, string field)
    {
        if (!double.IsFinite(d))
        {
            throw new ArgumentException($"{owner}: {field} must be a finite number, got {Number(d)}.");
        }
    }

    private static PreparedValue Finite(double d, string owner, ExportColumn column)
    {
        RequireFinite(d, owner, $"column '{column.Id}'");
        return new PreparedValue(column, Number(d), null);
    }

    private static PreparedValue Finite(float f, string owner, ExportColumn column)
    {
        RequireFinite(f, owner, $"column '{column.Id}'");
        return new PreparedValue(column, Number(f), null);
    }
}

/// <summary>A checked, formatted attribute value: exactly one of <see cref="Text"/> and <see cref="Items"/> is set.</summary>
internal sealed record PreparedValue(ExportColumn Column, string? Text, IReadOnlyList<string>? Items);
