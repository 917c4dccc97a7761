using System.Diagnostics;

namespace NetworkGraph.Analysis.IO;

/// <summary>Undirected weighted edges as parallel arrays over dense node ids 0..NodeCount-1.</summary>
[DebuggerDisplay("NodeCount = {NodeCount}, Count = {Count}")]
public sealed class EdgeList
{
    /// <summary>Wraps parallel arrays of equal length; nodeCount defaults to the largest id + 1.</summary>
    public EdgeList(int[] sources, int[] targets, double[] weights, int nodeCount = -1)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(weights);
        if (sources.Length != targets.Length || sources.Length != weights.Length)
        {
            throw new ArgumentException("Sources, targets and weights must have the same length.");
        }

        var max = -1;
        foreach (var u in sources)
        {
            max = Math.Max(max, u);
        }

        foreach (var v in targets)
        {
            max = Math.Max(max, v);
        }

        if (nodeCount >= 0 && max >= nodeCount)
        {
            throw new ArgumentException($"Node id {max} is outside 0..{nodeCount - 1}.", nameof(nodeCount));
        }

        Sources = sources;
        Targets = targets;
        Weights = weights;
        NodeCount = nodeCount >= 0 ? nodeCount : max + 1;
    }

    /// <summary>First endpoint of each edge.</summary>
    public int[] Sources { get; }

    /// <summary>Second endpoint of each edge.</summary>
    public int[] Targets { get; }

    /// <summary>Weight of each edge.</summary>
    public double[] Weights { get; }

    /// <summary>Number of edges.</summary>
    public int Count => Sources.Length;

    /// <summary>Number of nodes (ids 0..NodeCount-1; a node may have no edge).</summary>
    public int NodeCount { get; }
}
