using NetworkGraph.Scenarios;

namespace NetworkGraph.Cli.Tests.Worker.Support;

/// <summary>A small generated BIG-like scenario (3,000 posts, 230 accounts, 2023-09-01 to 2024-02-29).</summary>
internal static class TinyScenario
{
    public static ScenarioSummary Generate(string folder) => new ScenarioGenerator().Generate(
        new ScenarioOptions { Seed = 7, Posts = 3000, OrganicAccounts = 200, OperationAccounts = 30 }, folder, null, CancellationToken.None);
}
