using NetworkGraph.Bolt;

namespace NetworkGraph.TestSupport.Bolt;

/// <summary>A test against a real Neo4j server: runs when NEO4J_URI is set (NEO4J_USERNAME, NEO4J_PASSWORD,
/// NEO4J_DATABASE optional) and is skipped with a message otherwise. Point it at a scratch database.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    /// <summary>Marks the test skipped when no server is configured.</summary>
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "NEO4J_URI is not set: no real Neo4j server to test against (the scripted Bolt stub covers the protocol).";
        }
    }

    /// <summary>Driver options for the server the environment names.</summary>
    public static BoltOptions Options() => new()
    {
        Uri = Environment.GetEnvironmentVariable("NEO4J_URI")!,
        Auth = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") is { Length: > 0 } password
            ? BoltAuth.Basic(Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j", password)
            : BoltAuth.None,
        Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : null,
        UserAgent = "NetworkGraph.Tests/1.0",
        ConnectionTimeout = TimeSpan.FromSeconds(10),
    };
}
