using NetworkGraph.Bolt;

namespace NetworkGraph.Storage.Neo4j;

/// <summary>Applies cypher/schema.cypher: constraints and indexes, each IF NOT EXISTS, so applying again is a no-op.</summary>
internal static class Neo4jSchema
{
    public static async Task<int> ApplyAsync(IBoltSession session, CypherCatalog catalog, CancellationToken ct)
    {
        var statements = catalog.Statements("schema");
        foreach (var statement in statements)
        {
            // Schema commands cannot share a transaction with writes: each runs in its own auto-commit transaction.
            await session.RunAndConsumeAsync(statement, null, ct);
        }

        return statements.Count;
    }
}
