namespace NetworkGraph.Core.Coordination;

/// <summary>Union-find that several threads may update at once (compare-and-swap links, path halving). A root is
/// always linked under a smaller root, so each component ends up rooted at its smallest element whatever the order
/// of the unions.</summary>
internal sealed class ConcurrentUnionFind
{
    private readonly int[] _parent;

    public ConcurrentUnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (true)
        {
            var parent = Volatile.Read(ref _parent[x]);
            if (parent == x)
            {
                return x;
            }

            var grandparent = Volatile.Read(ref _parent[parent]);
            if (grandparent != parent)
            {
                Interlocked.CompareExchange(ref _parent[x], grandparent, parent); // path halving
            }

            x = grandparent;
        }
    }

    public void Union(int a, int b)
    {
        while (true)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra == rb)
            {
                return;
            }

            var (small, large) = ra < rb ? (ra, rb) : (rb, ra);
            if (Interlocked.CompareExchange(ref _parent[large], small, large) == large)
            {
                return;
            }
        }
    }

    /// <summary>The root (smallest element) of every element's component; call when no union is running.</summary>
    public int[] Roots()
    {
        var roots = new int[_parent.Length];
        for (var i = 0; i < roots.Length; i++)
        {
            roots[i] = Find(i);
        }

        return roots;
    }
}
