using NetworkGraph.App;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.Bolt;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Storage.Neo4j.Communities;
using NetworkGraph.Storage.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary><c>networkgraph neo4j communities</c>: community detection inside Neo4j (GDS Leiden or Louvain, or connected
/// components in plain Cypher without GDS), read back and stored as a new snapshot.</summary>
internal sealed class Neo4jCommunitiesCommand(TimeProvider time, ILoggerFactory loggers, IOptions<NetworkGraphOptions> options)
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
            await using var driver = new Neo4jDriverFactory(time, loggers).Create(settings);
            run = await new Neo4jCommunities(driver, logger: loggers.CreateLogger<Neo4jCommunities>()).RunAsync(runOptions, cancellationToken);
        }
        catch (BoltException ex)
        {
            return Neo4jDriverFactory.Fail(ex);
        }

        AnsiConsole.MarkupLineInterpolated(
            $"{run.Method} in Neo4j: [green]{run.CommunityCount}[/] communities over {run.Assignments.Count} accounts{(run.Modularity is { } q ? $", modularity {q:F4}" : "")}; {run.Gds}.");
        if (settings.NoSnapshot || run.Assignments.Count == 0)
        {
            return ExitCodes.Success;
        }

        await using var store = SqliteStore.Open(path, time);
        var snapshot = await new Neo4jCommunitiesSnapshot(store, time).BuildAndSaveAsync(run, settings.Profile, Parameters(runOptions, run), cancellationToken);
        var summary = snapshot.Summarize();
        AnsiConsole.MarkupLineInterpolated(
            $"Stored snapshot [green]{snapshot.Id}[/] (version {snapshot.Version}): {summary.Clusters} clusters, {summary.FlaggedClusters} flagged. Push it with 'networkgraph neo4j push --snapshot {snapshot.Id}'.");
        return ExitCodes.Success;
    }

    private static Dictionary<string, string> Parameters(CommunityRunOptions o, CommunityRun run)
    {
        var c = CultureInfo.InvariantCulture;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["algorithm"] = "neo4j-" + run.Method.ToString().ToLowerInvariant(),
            ["types"] = string.Join(",", o.Types.Select(t => Storage.Neo4j.Push.GraphTypes.RelationshipType(t))),
            ["minWeight"] = o.MinWeight.ToString(c),
        };
        if (run.Method == CommunityMethod.Leiden)
        {
            parameters["seed"] = o.Seed.ToString(c);
            parameters["gamma"] = o.Gamma.ToString(c);
            parameters["concurrency"] = o.Concurrency.ToString(c);
        }
        else if (run.Method == CommunityMethod.Louvain)
        {
            parameters["concurrency"] = o.Concurrency.ToString(c);
        }

        return parameters;
    }
}
