using System.Text;

namespace NetworkGraph.Core.Ingestion.Csv;

/// <summary>Column names of a CSV file, matched case-insensitively and ignoring surrounding spaces.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public CsvHeader(CsvRecordReader reader)
    {
        Count = reader.FieldCount;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = Encoding.UTF8.GetString(reader[i]).Trim();
            if (!_indexes.TryAdd(name, i) && name.Length > 0)
            {
                Repeated ??= name;
            }
        }
    }

    /// <summary>The first non-empty column name the header holds twice (case-insensitively), or null.</summary>
    public string? Repeated { get; }

    public int Count { get; }

    public IEnumerable<string> Names => _indexes.Keys;

    /// <summary>The column's index, or -1 when absent.</summary>
    public int IndexOf(string name) => _indexes.GetValueOrDefault(name, -1);

    /// <summary>The first present column among alternative names, or -1.</summary>
    public int IndexOfAny(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            var index = IndexOf(name);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    public bool Has(string name) => _indexes.ContainsKey(name);
}
