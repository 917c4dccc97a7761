using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Analysis.Communities;

/// <summary>A <see cref="Communities.Partition"/> of a keyed graph, with the vertex keys of its dense ids.</summary>
public sealed class VertexPartition<TVertex>
    where TVertex : notnull
{
    internal VertexPartition(MappedGraph<TVertex> graph, Partition partition)
    {
        Graph = graph;
        Partition = partition;
    }

    /// <summary>The compact graph the partition was computed on, with its id mapping.</summary>
    public MappedGraph<TVertex> Graph { get; }

    /// <summary>The partition over dense ids (largest community first).</summary>
    public Partition Partition { get; }

    /// <summary>The community of a vertex key.</summary>
    public int CommunityOf(TVertex vertex) => Partition.Membership[Graph.IdOf(vertex)];

    /// <summary>The community of every vertex, keyed by vertex.</summary>
    public Dictionary<TVertex, int> ToDictionary() => Graph.ByVertex(Partition.Membership);
}
