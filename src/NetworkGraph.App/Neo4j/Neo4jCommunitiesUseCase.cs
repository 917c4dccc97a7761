using System.Globalization;
using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Communities;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Neo4j;

/// <summary>Community detection inside Neo4j (<c>neo4j communities</c>): GDS Leiden or Louvain, or connected
/// components in plain Cypher without GDS, read back and kept as a new snapshot of the SQLite store.</summary>
internal sealed class Neo4jCommunitiesUseCase(TimeProvider time, ILoggerFactory loggers)
{
    /// <summary>Runs the detection in Neo4j and reads the communities back.</summary>
    public Task<CommunityRun> DetectAsync(BoltDriver driver, CommunityRunOptions options, CancellationToken ct) =>
        new Neo4jCommunities(driver, logger: loggers.CreateLogger<Neo4jCommunities>()).RunAsync(options, ct);

    /// <summary>Scores the communities as any analysis does and stores them as the next snapshot of <paramref name="database"/>.</summary>
    public async Task<Snapshot> SaveSnapshotAsync(string database, CommunityRun run, CommunityRunOptions options, string? profilePath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        await using var store = SqliteStore.Open(database, time);
        return await new Neo4jCommunitiesSnapshot(store, time).BuildAndSaveAsync(run, profilePath, Parameters(options, run), ct);
    }

    private static Dictionary<string, string> Parameters(CommunityRunOptions o, CommunityRun run)
    {
        var c = CultureInfo.InvariantCulture;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["algorithm"] = "neo4j-" + run.Method.ToString().ToLowerInvariant(),
            ["types"] = string.Join(",", o.Types.Select(t => GraphTypes.RelationshipType(t))),
            ["minWeight"] = o.MinWeight.ToString(c),
        };
        if (run.Method == CommunityMethod.Leiden)
        {
            parameters["seed"] = o.Seed.ToString(c);
            parameters["gamma"] = o.Gamma.ToString(c);
            parameters["concurrency"] = o.Concurrency.ToString(c);
        }
        else if (run.Method == CommunityMethod.Louvain)
        {
            parameters["concurrency"] = o.Concurrency.ToString(c);
        }

        return parameters;
    }
}
