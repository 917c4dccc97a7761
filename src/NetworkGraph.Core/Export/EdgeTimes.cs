using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace NetworkGraph.Core.Export;

/// <summary>The attributes of a snapshot's edge, <see cref="SnapshotExportMapper.FirstAt"/> and
/// <see cref="SnapshotExportMapper.LastAt"/>, in one small object: an edge is made each time it is read, and a dictionary
/// per read was most of what a read allocated.</summary>
/// <param name="First">The earliest share behind the edge, or null.</param>
/// <param name="Last">The latest share behind the edge, or null.</param>
internal sealed record EdgeTimes(DateTimeOffset? First, DateTimeOffset? Last) : IReadOnlyDictionary<string, object?>
{
    private static readonly string[] Names = [SnapshotExportMapper.FirstAt, SnapshotExportMapper.LastAt];

    public int Count => Names.Length;

    public IEnumerable<string> Keys => Names;

    public IEnumerable<object?> Values => Names.Select(n => this[n]);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(Names, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        (var found, value) = key switch
        {
            SnapshotExportMapper.FirstAt => (true, (object?)First),
            SnapshotExportMapper.LastAt => (true, (object?)Last),
            _ => (false, null),
        };
        return found;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
        Names.Select(n => new KeyValuePair<string, object?>(n, this[n])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
