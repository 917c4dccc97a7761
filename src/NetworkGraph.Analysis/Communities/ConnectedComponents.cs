using NetworkGraph.Analysis.Communities.Leiden;
using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Analysis.Communities;

/// Connected components of a CsrGraph by breadth-first search; component ids follow the smallest node id.
internal static class ConnectedComponents
{
    public static (int[] Membership, int Count) Run(CsrGraph graph)
    {
        var membership = new int[graph.NodeCount];
        var count = ConnectivitySplit.Run(graph, membership);
        return (membership, count);
    }
}
