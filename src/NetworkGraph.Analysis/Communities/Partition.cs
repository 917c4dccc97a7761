using System.Diagnostics;

namespace NetworkGraph.Analysis.Communities;

/// <summary>A partition of the nodes 0..n-1 into communities 0..CommunityCount-1, largest community first.</summary>
[DebuggerDisplay("Communities = {CommunityCount}, Quality = {Quality}, Modularity = {Modularity}")]
public sealed class Partition
{
    internal Partition(int[] membership, int communityCount, double quality, double modularity, int iterations)
    {
        Membership = membership;
        CommunityCount = communityCount;
        Quality = quality;
        Modularity = modularity;
        Iterations = iterations;
    }

    /// <summary>The community of each node, indexed by node id.</summary>
    public int[] Membership { get; }

    /// <summary>Number of communities; ids run from 0 (the largest) to CommunityCount - 1.</summary>
    public int CommunityCount { get; }

    /// <summary>Value of the requested quality function at the requested resolution (modularity or CPM).</summary>
    public double Quality { get; }

    /// <summary>Plain weighted modularity at resolution 1, whatever the objective, for comparison with other tools.</summary>
    public double Modularity { get; }

    /// <summary>Leiden iterations run, or label-propagation node updates divided by the node count, rounded up.</summary>
    public int Iterations { get; }

    /// <summary>Number of nodes in each community, indexed by community id.</summary>
    public int[] CommunitySizes()
    {
        var sizes = new int[CommunityCount];
        foreach (var c in Membership)
        {
            sizes[c]++;
        }

        return sizes;
    }
}
