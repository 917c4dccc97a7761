using System.Runtime.CompilerServices;
using NetworkGraph.Bolt;

namespace NetworkGraph.App.Neo4j;

/// <summary>Runs one auto-commit query the user typed (<c>neo4j query</c>), with its values always sent as parameters,
/// and streams the records back.</summary>
internal sealed class Neo4jQueryUseCase(Neo4jDriverFactory drivers)
{
    /// <summary>The records of <paramref name="cypher"/> run with <paramref name="parameters"/> on the server
    /// <paramref name="connection"/> names; a Bolt failure is thrown as <see cref="BoltException"/>.</summary>
    public async IAsyncEnumerable<BoltRecord> RunAsync(
        Neo4jConnection connection, string cypher, IReadOnlyDictionary<string, object?> parameters, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var driver = drivers.Create(connection);
        await using var session = driver.OpenSession();
        await foreach (var record in session.RunAsync(cypher, parameters, ct))
        {
            yield return record;
        }
    }
}
