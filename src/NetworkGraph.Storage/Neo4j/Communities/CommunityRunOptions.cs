using NetworkGraph.Storage.Neo4j.Push;

namespace NetworkGraph.Storage.Neo4j.Communities;

/// <summary>Which community detection runs inside Neo4j.</summary>
public enum CommunityMethod
{
    /// <summary>Leiden through GDS when available, else Louvain through GDS, else connected components in Cypher.</summary>
    Auto,

    /// <summary>gds.leiden.write (seeded).</summary>
    Leiden,

    /// <summary>gds.louvain.write (GDS Louvain takes no seed).</summary>
    Louvain,

    /// <summary>Connected components by min-label propagation in plain Cypher (no GDS needed).</summary>
    Components,
}

/// <summary>Settings of <see cref="Neo4jCommunities.RunAsync"/>.</summary>
public sealed class CommunityRunOptions
{
    /// <summary>The method; Auto picks the best the server supports.</summary>
    public CommunityMethod Method { get; init; } = CommunityMethod.Auto;

    /// <summary>Coordination types that make up the graph.</summary>
    public IReadOnlyList<CoordinationType> Types { get; init; } = GraphTypes.AllCoordination;

    /// <summary>Edges lighter than this are left out.</summary>
    public double MinWeight { get; init; }

    /// <summary>Leiden's randomSeed.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>Leiden's resolution (gamma).</summary>
    public double Gamma { get; init; } = 1.0;

    /// <summary>Leiden's refinement randomness (theta).</summary>
    public double Theta { get; init; } = 0.01;

    /// <summary>Most levels of Leiden and Louvain.</summary>
    public int MaxLevels { get; init; } = 10;

    /// <summary>Louvain's iterations per level.</summary>
    public int MaxIterations { get; init; } = 10;

    /// <summary>Louvain's minimum modularity gain per iteration.</summary>
    public double Tolerance { get; init; } = 0.0001;

    /// <summary>GDS concurrency: 1 keeps Leiden repeatable with its seed; the free GDS edition caps it at 4.</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>Most propagation rounds of the Cypher components path.</summary>
    public int MaxComponentRounds { get; init; } = 1000;

    /// <summary>Name of the in-memory GDS projection.</summary>
    public string GraphName { get; init; } = "networkgraph-coordination";

    /// <summary>Checks the settings; throws naming the bad one.</summary>
    public void Validate()
    {
        if (Types.Count == 0)
        {
            throw new ArgumentException("Name at least one coordination type.", nameof(Types));
        }

        if (Concurrency is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(Concurrency), Concurrency, "Concurrency must be between 1 and 256.");
        }

        if (MaxLevels < 1 || MaxIterations < 1 || MaxComponentRounds < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxLevels), "MaxLevels, MaxIterations and MaxComponentRounds must be positive.");
        }

        if (Gamma <= 0 || Theta <= 0 || Tolerance <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Gamma), "Gamma, Theta and Tolerance must be positive.");
        }

        if (string.IsNullOrWhiteSpace(GraphName))
        {
            throw new ArgumentException("GraphName must not be empty.", nameof(GraphName));
        }
    }
}

/// <summary>One account's community.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Community">The community (a GDS community id, or the component's smallest account id).</param>
public readonly record struct CommunityAssignment(string AccountId, string Community);

/// <summary>What a run found.</summary>
/// <param name="Method">The method that ran (never Auto).</param>
/// <param name="Assignments">Every account with a community, ordered by community then account id.</param>
/// <param name="CommunityCount">Distinct communities.</param>
/// <param name="Modularity">Modularity reported by GDS; null for components.</param>
/// <param name="Gds">What the server's GDS offered, in words.</param>
public sealed record CommunityRun(
    CommunityMethod Method,
    IReadOnlyList<CommunityAssignment> Assignments,
    int CommunityCount,
    double? Modularity,
    string Gds);
