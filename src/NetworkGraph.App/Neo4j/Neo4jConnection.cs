namespace NetworkGraph.App.Neo4j;

/// <summary>Where and how to connect to Neo4j; each value left null falls back to its NEO4J_* variable.</summary>
/// <param name="Uri">bolt:// or neo4j:// URI (default: NEO4J_URI, else bolt://localhost:7687).</param>
/// <param name="User">User name (default: NEO4J_USERNAME, else neo4j).</param>
/// <param name="Password">Password (default: NEO4J_PASSWORD; with neither, no authentication is sent).</param>
/// <param name="Database">Database (default: NEO4J_DATABASE, else the user's home database).</param>
/// <param name="TimeoutSeconds">Connection timeout, also the driver's retry budget.</param>
internal sealed record Neo4jConnection(string? Uri, string? User, string? Password, string? Database, int TimeoutSeconds = 15);
