using Microsoft.Extensions.Options;
using NetworkGraph.Analysis.Communities;
using NetworkGraph.App;
using NetworkGraph.App.Neo4j;
using NetworkGraph.Bolt;
using NetworkGraph.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary><c>networkgraph neo4j pull</c>: reads the coordination graph back from Neo4j as an edge list for the
/// in-process detection, and optionally runs Leiden on it.</summary>
internal sealed class Neo4jPullCommand(Neo4jDriverFactory drivers, IOptions<NetworkGraphOptions> options)
    : AsyncCommand<Neo4jPullSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Neo4jPullSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var request = new Neo4jPullRequest(Neo4jPullSettings.ParseTypes(settings.Types), settings.MinWeight, settings.Out!);
        PulledEdges pulled;
        try
        {
            await using var driver = drivers.Create(settings.ToConnection());
            pulled = await Neo4jPullUseCase.PullAsync(driver, request, cancellationToken);
        }
        catch (BoltException ex)
        {
            return BoltFailure.Print(ex);
        }

        var graph = pulled.Graph;
        AnsiConsole.MarkupLineInterpolated(
            $"Pulled [green]{graph.EdgeCount}[/] account pairs ({graph.RelationshipsRead} relationships) over {graph.AccountIds.Count} accounts; wrote {settings.Out} and {settings.Out}.ids");

        if (settings.Communities is { } membershipPath && pulled.Edges.Count > 0)
        {
            var partition = await Neo4jPullUseCase.DetectAsync(pulled, membershipPath,
                new CommunityOptions { Seed = settings.Seed ?? options.Value.Seed, Threads = options.Value.Threads }, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"Leiden in process: [green]{partition.CommunityCount}[/] communities, modularity {partition.Modularity:F4}; wrote {membershipPath}");
        }

        return ExitCodes.Success;
    }
}
