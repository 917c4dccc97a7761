using System.Text;
using NetworkGraph.Bolt;
using NetworkGraph.Storage.Neo4j;

namespace NetworkGraph.Storage.Tests.Neo4j.Support;

/// Starts the Bolt tests' scripted stub server on a scenario of Neo4j/Scenarios. Two shorthands keep the scripts
/// readable while the messages stay exact: "@name" stands for the text of cypher/name.cypher as the store sends it
/// (a quoted string), and a line "!SCHEMA" for the RUN/PULL exchange of every statement of cypher/schema.cypher.
internal static class Neo4jStub
{
    public static async Task<StubServer> StartAsync(string scenario)
    {
        var template = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Neo4j", "Scenarios", scenario + ".script"));
        var name = "neo4j-" + scenario;
        Directory.CreateDirectory(Scenarios.Directory);
        await File.WriteAllTextAsync(Path.Combine(Scenarios.Directory, name + ".script"), Expand(template, CypherCatalog.Embedded));
        return await StubServer.StartAsync(name);
    }

    public static BoltDriver Driver(StubServer stub) => BoltDriver.Create(StubTest.Options(stub));

    internal static string Expand(string template, CypherCatalog catalog)
    {
        var output = new StringBuilder();
        foreach (var line in template.Split('\n'))
        {
            if (line.Trim() == "!SCHEMA")
            {
                foreach (var statement in catalog.Statements("schema"))
                {
                    output.Append("C: RUN ").Append(Quote(statement)).Append(" {} {\"db\": \"neo4j\"}\n")
                        .Append("S: SUCCESS {\"fields\": []}\n")
                        .Append("C: PULL {\"n\": 1000}\n")
                        .Append("S: SUCCESS {\"type\": \"s\"}\n");
                }

                continue;
            }

            output.Append(ReplaceQueries(line, catalog)).Append('\n');
        }

        return output.ToString();
    }

    private static string ReplaceQueries(string line, CypherCatalog catalog)
    {
        var at = line.IndexOf(" @", StringComparison.Ordinal);
        if (at < 0)
        {
            return line;
        }

        var end = line.IndexOf(' ', at + 2);
        end = end < 0 ? line.Length : end;
        var name = line[(at + 2)..end];
        return line[..(at + 1)] + Quote(catalog.Query(name)) + ReplaceQueries(line[end..], catalog);
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
