namespace NetworkGraph.Storage.Neo4j.Read;

/// <summary>The coordination graph read back from Neo4j: one undirected edge per account pair, over dense ids.</summary>
/// <param name="AccountIds">Account id of each dense id, in order of first appearance.</param>
/// <param name="Sources">First endpoint of each edge (dense id).</param>
/// <param name="Targets">Second endpoint of each edge (dense id).</param>
/// <param name="Weights">Weight of each edge: the summed weight of the pair's coordination edges of the chosen types.</param>
/// <param name="RelationshipsRead">Relationships read, before pairs were merged.</param>
public sealed record PulledGraph(
    IReadOnlyList<string> AccountIds,
    int[] Sources,
    int[] Targets,
    double[] Weights,
    long RelationshipsRead)
{
    /// <summary>Number of merged edges.</summary>
    public int EdgeCount => Sources.Length;
}
