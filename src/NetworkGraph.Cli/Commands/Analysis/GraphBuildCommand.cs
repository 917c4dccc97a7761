using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary><c>networkgraph graph build</c>: builds and stores the coordination graphs, printing edge counts per kind.</summary>
internal sealed class GraphBuildCommand(IOptions<NetworkGraphOptions> settings, TimeProvider time, ILogger<GraphBuildCommand> logger) : AsyncCommand<AnalyzeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AnalyzeSettings options, CancellationToken cancellationToken)
    {
        var db = options.Db ?? settings.Value.Database;
        var analysis = options.ToAnalysisSettings(settings.Value.Seed, settings.Value.Threads);
        await using var store = StoreFiles.OpenExisting(db, time);
        CoordinationGraph? graph = null;
        long runId = 0;
        await AnsiConsole.Status().StartAsync("Reading posts and shares", async ctx =>
        {
            var source = await CoordinationInput.ReadAsync(store, since: null, cancellationToken);
            var complete = source.Complete(analysis);
            ctx.Status($"Building coordination graphs from {source.Describe()}");
            graph = await Task.Run(() => source.Build(complete, cancellationToken), cancellationToken);
            ctx.Status("Storing edges and evidence");
            var runs = new CoordinationGraphRepository(store, time);
            runId = await runs.SaveAsync(graph, cancellationToken);
            await App.Pipeline.AnalysisPipeline.PruneRunsAsync(runs, settings.Value.KeepCoordinationRuns, logger, cancellationToken);
        });
        ClusterTables.WriteLayers(graph!);
        AnsiConsole.MarkupLineInterpolated($"Stored as coordination run [bold]{runId}[/] in {db}.");
        return ExitCodes.Success;
    }
}
