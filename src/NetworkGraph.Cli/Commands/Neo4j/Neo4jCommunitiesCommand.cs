using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Neo4j;
using NetworkGraph.Bolt;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Storage.Neo4j.Communities;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary><c>networkgraph neo4j communities</c>: community detection inside Neo4j (GDS Leiden or Louvain, or connected
/// components in plain Cypher without GDS), read back and stored as a new snapshot.</summary>
internal sealed class Neo4jCommunitiesCommand(Neo4jCommunitiesUseCase communities, Neo4jDriverFactory drivers, IOptions<NetworkGraphOptions> options)
    : AsyncCommand<Neo4jCommunitiesSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Neo4jCommunitiesSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.Db ?? options.Value.Database;
        if (!settings.NoSnapshot && !File.Exists(path))
        {
            throw new UsageException($"No store at {path} to keep the result in: pass --db FILE, or --no-snapshot.");
        }

        var runOptions = new CommunityRunOptions
        {
            Method = Neo4jCommunitiesSettings.ParseMethod(settings.Method)!.Value,
            Types = Neo4jPullSettings.ParseTypes(settings.Types),
            MinWeight = settings.MinWeight,
            Seed = settings.Seed ?? options.Value.Seed,
            Gamma = settings.Gamma,
            Concurrency = settings.Concurrency,
        };
        CommunityRun run;
        try
        {
            await using var driver = drivers.Create(settings.ToConnection());
            run = await communities.DetectAsync(driver, runOptions, cancellationToken);
        }
        catch (BoltException ex)
        {
            return BoltFailure.Print(ex);
        }

        AnsiConsole.MarkupLineInterpolated(
            $"{run.Method} in Neo4j: [green]{run.CommunityCount}[/] communities over {run.Assignments.Count} accounts{(run.Modularity is { } q ? $", modularity {q:F4}" : "")}; {run.Gds}.");
        if (settings.NoSnapshot || run.Assignments.Count == 0)
        {
            return ExitCodes.Success;
        }

        var snapshot = await communities.SaveSnapshotAsync(path, run, runOptions, settings.Profile, cancellationToken);
        var summary = snapshot.Summarize();
        AnsiConsole.MarkupLineInterpolated(
            $"Stored snapshot [green]{snapshot.Id}[/] (version {snapshot.Version}): {summary.Clusters} clusters, {summary.FlaggedClusters} flagged. Push it with 'networkgraph neo4j push --snapshot {snapshot.Id}'.");
        return ExitCodes.Success;
    }
}
