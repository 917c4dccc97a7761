namespace NetworkGraph.Core.Coordination;

/// <summary>The similar pairs of <see cref="EarlierCandidates"/> seen from both ends: for each text, the later texts
/// that kept it as a candidate, and how many similar texts it has in all.</summary>
internal sealed class SimilarPairs
{
    private readonly int[] _degree;
    private readonly int[] _start;
    private readonly int[] _later;

    public SimilarPairs(EarlierCandidates candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var count = candidates.Count;
        _degree = new int[count];
        _start = new int[count + 1];
        for (var text = 0; text < count; text++)
        {
            foreach (var earlier in candidates.Of(text))
            {
                _degree[text]++;
                _degree[earlier]++;
                _start[earlier + 1]++;
            }
        }

        for (var text = 0; text < count; text++)
        {
            _start[text + 1] += _start[text];
        }

        _later = new int[_start[count]];
        var next = _start[..count];
        for (var text = 0; text < count; text++)
        {
            foreach (var earlier in candidates.Of(text))
            {
                _later[next[earlier]++] = text;
            }
        }
    }

    /// <summary>The later texts that kept <paramref name="text"/> as a candidate, ascending.</summary>
    public ReadOnlySpan<int> Later(int text) => _later.AsSpan(_start[text], _start[text + 1] - _start[text]);

    /// <summary>The texts that have a similar text, those with the most first (ties: the earliest).</summary>
    /// <remarks>A stable radix sort on the degree of keys made in text order (a comparison sort of millions of keys
    /// was most of the sequential time of forming the groups).</remarks>
    public int[] ByDescendingDegree()
    {
        var linked = 0;
        foreach (var degree in _degree)
        {
            linked += degree > 0 ? 1 : 0;
        }

        var keys = GC.AllocateUninitializedArray<ulong>(linked);
        var at = 0;
        for (var text = 0; text < _degree.Length; text++)
        {
            if (_degree[text] > 0)
            {
                keys[at++] = ((ulong)(uint)(int.MaxValue - _degree[text]) << 32) | (uint)text;
            }
        }

        RadixSort.Sort<ulong>(keys, default, GC.AllocateUninitializedArray<ulong>(linked), default, 32, 64);
        var texts = GC.AllocateUninitializedArray<int>(linked);
        for (var i = 0; i < linked; i++)
        {
            texts[i] = (int)(uint)keys[i];
        }

        return texts;
    }
}
