namespace NetworkGraph.Storage.Tests.Neo4j.Support;

/// A test against a real Neo4j server: runs when NEO4J_URI is set (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE
/// optional), and is skipped with a message otherwise. Point it at a scratch database.
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "NEO4J_URI is not set: no real Neo4j to test against (the scripted Bolt stub covers the protocol).";
        }
    }
}
