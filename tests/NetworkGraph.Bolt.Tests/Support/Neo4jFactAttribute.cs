namespace NetworkGraph.Bolt.Tests.Support;

/// A fact that runs only against a real server: set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
            Skip = "NEO4J_URI is not set: no real Neo4j server to test against.";
    }

    public static BoltOptions Options() => new()
    {
        Uri = Environment.GetEnvironmentVariable("NEO4J_URI")!,
        Auth = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") is { Length: > 0 } password
            ? BoltAuth.Basic(Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j", password)
            : BoltAuth.None,
        Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : null,
        UserAgent = "NetworkGraph.Bolt.Tests/1.0",
        ConnectionTimeout = TimeSpan.FromSeconds(10),
    };
}
