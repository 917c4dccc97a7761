using System.Globalization;

namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>Numbered parameter lists for statements that take many rows at once.</summary>
internal static class Placeholders
{
    /// <summary><c>(?1, ?2), (?3, ?4), ...</c>: <paramref name="rows"/> tuples of <paramref name="columns"/> parameters,
    /// row r's column c at number <c>r * columns + c + 1</c>.</summary>
    public static string Rows(int rows, int columns) =>
        string.Join(", ", Enumerable.Range(0, rows).Select(r => $"({List(columns, (r * columns) + 1)})"));

    /// <summary><c>?first, ?first+1, ...</c>: <paramref name="count"/> parameters.</summary>
    public static string List(int count, int first = 1) =>
        string.Join(", ", Enumerable.Range(first, count).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture)));
}
