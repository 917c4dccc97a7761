using NetworkGraph.Bolt;
using NetworkGraph.Storage.Neo4j;

namespace NetworkGraph.App.Neo4j;

/// <summary>Connects to Neo4j and reads what <c>neo4j check</c> reports: server, agent, Bolt version, database and
/// whether the Graph Data Science plugin is installed.</summary>
internal sealed class Neo4jCheckUseCase(Neo4jDriverFactory drivers)
{
    // Every query the service sends lives in cypher/ and is linted there.
    private static readonly CypherCatalog Catalog = CypherCatalog.Embedded;

    /// <summary>Checks the server <paramref name="connection"/> names; a Bolt failure is thrown as <see cref="BoltException"/>.</summary>
    public async Task<Neo4jServerCheck> CheckAsync(Neo4jConnection connection, CancellationToken ct)
    {
        await using var driver = drivers.Create(connection);
        var info = await driver.GetServerInfoAsync(AccessMode.Read, ct);
        await using var session = driver.OpenSession(new BoltSessionConfig { DefaultAccessMode = AccessMode.Read });
        long gdsProcedures = 0;
        // An empty answer means no Graph Data Science plugin.
        await foreach (var record in session.RunAsync(Catalog.Query("communities/gds-procedures"), null, ct))
        {
            _ = record;
            gdsProcedures++;
        }

        var summary = await session.RunAndConsumeAsync(Catalog.Query("read/ping"), null, ct);
        return new Neo4jServerCheck(info.Address, info.Agent, info.ProtocolVersion, summary.Database ?? info.Database, gdsProcedures);
    }
}

/// <summary>What <c>neo4j check</c> found.</summary>
/// <param name="Address">The server answered at this address.</param>
/// <param name="Agent">The server's agent string.</param>
/// <param name="ProtocolVersion">The negotiated Bolt version.</param>
/// <param name="Database">The database queries ran on; null for the home database when the server does not say.</param>
/// <param name="GdsProcedures">Graph Data Science procedures installed (0: no plugin).</param>
internal sealed record Neo4jServerCheck(string Address, string Agent, string ProtocolVersion, string? Database, long GdsProcedures);
