using System.Text.RegularExpressions;
using NetworkGraph.Storage.Tests.Neo4j.Support;

namespace NetworkGraph.Storage.Tests.Neo4j;

/// The store sends only the cypher/ files (linted in CI): no query may hide in a C# string of the storage project or
/// of the push/pull/communities commands.
public sealed class SourceGuardTests
{
    private static readonly Regex CypherInString = new(
        "\"[^\"\\n]*\\b(MATCH \\(|MERGE \\(|UNWIND \\$|CREATE \\(|DETACH DELETE|CALL gds\\.|SHOW PROCEDURES|RETURN [a-z]\\w*\\.)",
        RegexOptions.Compiled);

    private static readonly string[] OwnCommands = ["Neo4jPush", "Neo4jPull", "Neo4jCommunities", "PushProgressView"];

    [Fact]
    public void No_storage_or_neo4j_command_source_holds_a_Cypher_query_in_a_string()
    {
        var storage = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "NetworkGraph.Storage"), "*.cs", SearchOption.AllDirectories);
        var commandsFolder = Path.Combine(Repository.Root, "src", "NetworkGraph.Cli", "Commands", "Neo4j");
        var commands = Directory.Exists(commandsFolder)
            ? Directory.EnumerateFiles(commandsFolder, "*.cs").Where(f => OwnCommands.Any(c => Path.GetFileName(f).StartsWith(c, StringComparison.Ordinal)))
            : [];
        var offenders = storage.Concat(commands)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => CypherInString.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Repository.Root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Cypher belongs in cypher/*.cypher:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_guard_recognises_a_query_in_a_string()
    {
        Assert.Matches(CypherInString, "var q = \"MATCH (a:Account) RETURN a\";");
        Assert.Matches(CypherInString, "run(\"UNWIND $rows AS row MERGE (a)\")");
        Assert.DoesNotMatch(CypherInString, "// MATCH (a) is documented here");
    }
}
