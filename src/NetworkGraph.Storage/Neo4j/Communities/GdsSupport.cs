namespace NetworkGraph.Storage.Neo4j.Communities;

/// <summary>What the server's Graph Data Science plugin offers (from SHOW PROCEDURES / SHOW FUNCTIONS).</summary>
/// <param name="Procedures">gds.* procedure names.</param>
/// <param name="Functions">gds.* function names.</param>
public sealed record GdsSupport(IReadOnlySet<string> Procedures, IReadOnlySet<string> Functions)
{
    /// <summary>Whether the Cypher-aggregation projection exists (GDS 2.4+); both algorithms need it here.</summary>
    public bool CanProject => Functions.Contains("gds.graph.project") && Procedures.Contains("gds.graph.drop");

    /// <summary>Whether gds.leiden.write can run.</summary>
    public bool HasLeiden => CanProject && Procedures.Contains("gds.leiden.write");

    /// <summary>Whether gds.louvain.write can run.</summary>
    public bool HasLouvain => CanProject && Procedures.Contains("gds.louvain.write");

    /// <summary>The method Auto resolves to.</summary>
    public CommunityMethod Best => HasLeiden ? CommunityMethod.Leiden : HasLouvain ? CommunityMethod.Louvain : CommunityMethod.Components;

    /// <summary>A sentence for the log.</summary>
    public string Describe() => Procedures.Count == 0
        ? "GDS is not installed (no gds.* procedures)"
        : $"GDS offers {Procedures.Count} procedures (leiden: {(HasLeiden ? "yes" : "no")}, louvain: {(HasLouvain ? "yes" : "no")}, cypher projection: {(CanProject ? "yes" : "no")})";
}
