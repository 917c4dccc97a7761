namespace NetworkGraph.Analysis.Communities.Leiden;

/// Scratch arrays of the local-moving phase, sized for the largest level and reused on every level.
/// NeighborWeight holds -1 everywhere between uses (the "not touched yet" mark).
internal sealed class MovingWorkspace
{
    public MovingWorkspace(int capacity)
    {
        NeighborWeight = new double[capacity];
        Array.Fill(NeighborWeight, -1.0);
        Touched = new int[capacity + 1];
        Queue = new int[capacity + 1];
        InQueue = new byte[capacity];
        CommunityTotal = new double[capacity];
        CommunitySize = new int[capacity];
        EmptyStack = new int[capacity];
    }

    public double[] NeighborWeight { get; }

    public int[] Touched { get; }

    /// Ring buffer with one slot more than nodes.
    public int[] Queue { get; }

    public byte[] InQueue { get; }

    public double[] CommunityTotal { get; }

    public int[] CommunitySize { get; }

    public int[] EmptyStack { get; }
}
