namespace NetworkGraph.Core.Snapshots;

/// <summary>Links clusters of two snapshots by member overlap and classifies each link pattern.</summary>
internal sealed class ClusterMatcher
{
    private readonly IReadOnlyList<IReadOnlyList<string>> _before;
    private readonly IReadOnlyList<IReadOnlyList<string>> _after;
    private readonly LineageOptions _options;
    private readonly List<Link>[] _predecessors;
    private readonly List<Link>[] _successors;

    public ClusterMatcher(IReadOnlyList<IReadOnlyList<string>> before, IReadOnlyList<IReadOnlyList<string>> after, LineageOptions options)
    {
        _before = before;
        _after = after;
        _options = options;
        _predecessors = after.Select(_ => new List<Link>()).ToArray();
        _successors = before.Select(_ => new List<Link>()).ToArray();
        foreach (var link in FindLinks())
        {
            _predecessors[link.After].Add(link);
            _successors[link.Before].Add(link);
        }
    }

    /// <summary>A link between cluster <see cref="Before"/> of the earlier snapshot and <see cref="After"/> of the later one.</summary>
    public sealed record Link(int Before, int After, int Shared, double Jaccard, double Overlap);

    /// <summary>All links, strongest first (shared members, then Jaccard, then positions).</summary>
    public IEnumerable<Link> All => _predecessors.SelectMany(p => p).OrderBy(l => l, LinkOrder.Instance);

    public IReadOnlyList<Link> PredecessorsOf(int after) => _predecessors[after].OrderBy(l => l, LinkOrder.Instance).ToArray();

    public bool HasSuccessor(int before) => _successors[before].Count > 0;

    public LineageKind Classify(int after)
    {
        var preds = _predecessors[after];
        if (preds.Count == 0)
        {
            return LineageKind.New;
        }

        if (preds.Count > 1)
        {
            return LineageKind.Merged;
        }

        var before = preds[0].Before;
        if (_successors[before].Count > 1)
        {
            return LineageKind.Split;
        }

        double was = _before[before].Count, now = _after[after].Count;
        return now >= was * (1 + _options.SizeChange) ? LineageKind.Grown
            : now <= was * (1 - _options.SizeChange) ? LineageKind.Shrunk
            : LineageKind.Continued;
    }

    private IEnumerable<Link> FindLinks()
    {
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var b = 0; b < _before.Count; b++)
        {
            foreach (var member in _before[b])
            {
                owner[member] = b;
            }
        }

        for (var a = 0; a < _after.Count; a++)
        {
            var shared = new Dictionary<int, int>();
            foreach (var member in _after[a])
            {
                if (owner.TryGetValue(member, out var b))
                {
                    shared[b] = shared.GetValueOrDefault(b) + 1;
                }
            }

            foreach (var (b, n) in shared)
            {
                int sizeBefore = _before[b].Count, sizeAfter = _after[a].Count;
                var overlap = n / (double)Math.Min(sizeBefore, sizeAfter);
                if (n >= _options.MinSharedMembers && overlap >= _options.MinOverlap)
                {
                    yield return new Link(b, a, n, n / (double)(sizeBefore + sizeAfter - n), overlap);
                }
            }
        }
    }

    private sealed class LinkOrder : IComparer<Link>
    {
        public static readonly LinkOrder Instance = new();

        public int Compare(Link? x, Link? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var c = y.Shared.CompareTo(x.Shared);
            c = c != 0 ? c : y.Jaccard.CompareTo(x.Jaccard);
            c = c != 0 ? c : x.Before.CompareTo(y.Before);
            return c != 0 ? c : x.After.CompareTo(y.After);
        }
    }
}
