namespace NetworkGraph.Analysis.Communities.Leiden;

/// Members of each community, grouped by a counting sort: the members of c are
/// Nodes[Start[c]..Start[c + 1]), in increasing node order.
internal sealed class CommunityLists
{
    private CommunityLists(int[] start, int[] nodes)
    {
        Start = start;
        Nodes = nodes;
    }

    public int[] Start { get; }

    public int[] Nodes { get; }

    public int Count => Start.Length - 1;

    public ReadOnlySpan<int> Members(int community) => Nodes.AsSpan(Start[community], Start[community + 1] - Start[community]);

    /// Groups nodes by dense community ids 0..count-1.
    public static CommunityLists Build(ReadOnlySpan<int> membership, int count)
    {
        var start = new int[count + 1];
        foreach (var c in membership)
        {
            start[c + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        var cursor = start.AsSpan(0, count).ToArray();
        var nodes = new int[membership.Length];
        for (var v = 0; v < membership.Length; v++)
        {
            nodes[cursor[membership[v]]++] = v;
        }

        return new CommunityLists(start, nodes);
    }

    /// Renumbers ids in [0, n) to 0..k-1 in order of first appearance and returns k; `scratch` needs n entries.
    public static int Renumber(Span<int> membership, Span<int> scratch)
    {
        scratch[..membership.Length].Fill(-1);
        var next = 0;
        for (var v = 0; v < membership.Length; v++)
        {
            var c = membership[v];
            var id = scratch[c];
            if (id < 0)
            {
                id = scratch[c] = next++;
            }

            membership[v] = id;
        }

        return next;
    }
}
