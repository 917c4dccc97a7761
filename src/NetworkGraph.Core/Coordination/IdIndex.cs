namespace NetworkGraph.Core.Coordination;

/// <summary>Maps string ids to dense ints in first-seen order.</summary>
internal sealed class IdIndex
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];

    public int Count => _ids.Count;

    public IReadOnlyList<string> Ids => _ids;

    public int GetOrAdd(string id)
    {
        if (!_index.TryGetValue(id, out var dense))
        {
            dense = _ids.Count;
            _index.Add(id, dense);
            _ids.Add(id);
        }

        return dense;
    }

    public bool TryGet(string id, out int dense) => _index.TryGetValue(id, out dense);
}
