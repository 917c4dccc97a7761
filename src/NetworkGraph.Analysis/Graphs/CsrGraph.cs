using System.Diagnostics;
using NetworkGraph.Analysis.IO;

namespace NetworkGraph.Analysis.Graphs;

/// <summary>A frozen weighted undirected graph in compressed sparse row form over dense node ids 0..NodeCount-1.</summary>
/// <remarks>
/// Every edge u-v (u != v) is stored twice, in u's row and in v's row. Self-loops are kept apart in
/// <see cref="SelfLoopWeight"/> and, as in igraph, count twice in a node's strength (A[i,i] = 2w).
/// Parallel edges are kept as given; every quality function adds their weights up.
/// </remarks>
[DebuggerDisplay("NodeCount = {NodeCount}, EdgeCount = {EdgeCount}, TotalWeight = {TotalWeight}")]
public sealed class CsrGraph
{
    internal readonly int[] Offsets;
    internal readonly int[] Targets;
    internal readonly double[] Weights;
    internal readonly double[] Loops;
    internal readonly double[] Strengths;

    internal CsrGraph(int[] offsets, int[] targets, double[] weights, double[] loops, int loopCount)
    {
        Debug.Assert(offsets.Length == loops.Length + 1);
        Debug.Assert(targets.Length == weights.Length);
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        Loops = loops;
        NodeCount = loops.Length;
        EdgeCount = targets.Length / 2 + loopCount;
        Strengths = new double[NodeCount];
        var twiceTotal = 0.0;
        for (var u = 0; u < NodeCount; u++)
        {
            var s = 2 * loops[u];
            for (var e = offsets[u]; e < offsets[u + 1]; e++)
            {
                s += weights[e];
            }

            Strengths[u] = s;
            twiceTotal += s;
        }

        TotalWeight = twiceTotal / 2;
    }

    /// <summary>Number of nodes; ids run from 0 to NodeCount - 1.</summary>
    public int NodeCount { get; }

    /// <summary>Number of undirected edges, self-loops included, each counted once.</summary>
    public int EdgeCount { get; }

    /// <summary>Sum of all edge weights (m), each undirected edge and self-loop counted once.</summary>
    public double TotalWeight { get; }

    /// <summary>Number of distinct neighbour entries of a node (self-loops excluded).</summary>
    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    /// <summary>The neighbours of a node (self-loops excluded), in insertion order.</summary>
    public ReadOnlySpan<int> Neighbors(int node) => Targets.AsSpan(Offsets[node], Degree(node));

    /// <summary>The weights of the edges to <see cref="Neighbors"/>, position by position.</summary>
    public ReadOnlySpan<double> NeighborWeights(int node) => Weights.AsSpan(Offsets[node], Degree(node));

    /// <summary>Total weight of the self-loops at a node, each loop counted once.</summary>
    public double SelfLoopWeight(int node) => Loops[node];

    /// <summary>Weighted degree of a node: its edge weights plus twice its self-loop weight.</summary>
    public double Strength(int node) => Strengths[node];

    /// <summary>Builds a graph from parallel edge arrays; weights default to 1 and nodeCount to max id + 1.</summary>
    public static CsrGraph FromEdges(int[] sources, int[] targets, double[]? weights = null, int nodeCount = -1, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        return CsrGraphBuilder.Build(sources, targets, weights, sources.Length, nodeCount, threads);
    }

    /// <summary>Builds a graph from an edge list read by <see cref="EdgeListReader"/>.</summary>
    public static CsrGraph FromEdgeList(EdgeList edges, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(edges);
        return CsrGraphBuilder.Build(edges.Sources, edges.Targets, edges.Weights, edges.Count, edges.NodeCount, threads);
    }
}
