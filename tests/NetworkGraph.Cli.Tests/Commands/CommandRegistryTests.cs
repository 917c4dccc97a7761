using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;

namespace NetworkGraph.Cli.Tests.Commands;

/// Every registered command prints its help page: Spectre reads descriptions as markup, so a stray "[...]" in any of
/// them makes that command's --help fail.
[Collection(SerialCliCollection.Name)]
public sealed class CommandRegistryTests
{
    public static TheoryData<string> CommandPaths() =>
    [
        "", "demo", "generate", "ingest", "graph", "graph build", "analyze", "evaluate",
        "snapshot", "snapshot list", "snapshot show", "snapshot diff", "worker", "communities",
        "export", "export gexf", "export graphml", "export csv", "export neo4j-admin", "export report",
        "neo4j", "neo4j check", "neo4j query", "neo4j push", "neo4j pull", "neo4j communities",
    ];

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Every_command_prints_its_help_page(string command)
    {
        string[] args = [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(args));
    }
}
