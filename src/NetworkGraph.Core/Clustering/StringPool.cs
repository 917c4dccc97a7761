namespace NetworkGraph.Core.Clustering;

/// <summary>Distinct strings by index, in the order first seen (ordinal equality).</summary>
public sealed class StringPool
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>The strings, by index.</summary>
    public IReadOnlyList<string> Strings => _strings;

    /// <summary>The index of <paramref name="value"/>, added when new.</summary>
    public int Intern(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_index, value, out var exists);
        if (!exists)
        {
            slot = _strings.Count;
            _strings.Add(value);
        }

        return slot;
    }

    /// <summary>The index of the string <paramref name="value"/> holds, added when new (a string is made only then).</summary>
    public int Intern(ReadOnlySpan<char> value)
    {
        var lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var index))
        {
            return index;
        }

        index = _strings.Count;
        var text = value.ToString();
        _index.Add(text, index);
        _strings.Add(text);
        return index;
    }

    /// <summary>The index of <paramref name="value"/>, or -1 for null.</summary>
    public int InternOrNone(string? value) => value is null ? -1 : Intern(value);
}
