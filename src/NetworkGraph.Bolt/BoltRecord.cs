using System.Collections.ObjectModel;

namespace NetworkGraph.Bolt;

/// <summary>One result row: values by position or by column name.</summary>
public sealed class BoltRecord
{
    private readonly IReadOnlyDictionary<string, int> _index;

    internal BoltRecord(IReadOnlyList<string> keys, IReadOnlyDictionary<string, int> index, IReadOnlyList<object?> values)
    {
        Keys = keys;
        _index = index;
        Values = values;
    }

    /// <summary>Column names, in order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Values, in column order.</summary>
    public IReadOnlyList<object?> Values { get; }

    /// <summary>The value at a column position.</summary>
    public object? this[int index] => Values[index];

    /// <summary>The value of a named column.</summary>
    public object? this[string key] => _index.TryGetValue(key, out var i)
        ? Values[i]
        : throw new KeyNotFoundException($"No column '{key}'; the columns are: {string.Join(", ", Keys)}.");

    /// <summary>The value of a named column converted to <typeparamref name="T"/> (integers narrow with overflow checks).</summary>
    public T Get<T>(string key) => BoltValue.As<T>(this[key], key);

    /// <summary>Column name to value.</summary>
    public IReadOnlyDictionary<string, object?> ToDictionary() =>
        new ReadOnlyDictionary<string, object?>(Keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => Values[p.i]));

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", Keys.Select((k, i) => $"{k}: {BoltValue.Format(Values[i])}")) + "}";
}

/// <summary>What the server reported when a query finished.</summary>
public sealed record BoltSummary(
    IReadOnlyList<string> Keys,
    string? QueryType,
    IReadOnlyDictionary<string, long> Counters,
    string? Bookmark,
    string? Database,
    ServerInfo Server)
{
    /// <summary>A counter such as <c>nodes-created</c>; 0 when the server did not report it.</summary>
    public long Counter(string name) => Counters.GetValueOrDefault(name);
}

/// <summary>The server a piece of work ran on.</summary>
public sealed record ServerInfo(string Address, string Agent, string ProtocolVersion, string? Database = null);
