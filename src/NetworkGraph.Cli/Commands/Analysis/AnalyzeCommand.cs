using NetworkGraph.App;
using Microsoft.Extensions.Options;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Storage.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary><c>networkgraph analyze</c>: graphs -> communities -> clusters -> snapshot.</summary>
internal sealed class AnalyzeCommand(IOptions<NetworkGraphOptions> settings, TimeProvider time, AnalysisPipeline pipeline)
    : AsyncCommand<AnalyzeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AnalyzeSettings options, CancellationToken cancellationToken)
    {
        var outcome = await RunAsync(options.Db ?? settings.Value.Database, options.ToAnalysisSettings(settings.Value.Seed, settings.Value.Threads), time, pipeline, cancellationToken);
        ClusterTables.WriteTopClusters(outcome.Snapshot, 10);
        return ExitCodes.Success;
    }

    /// <summary>Runs the pipeline under a status spinner and prints the stage summary.</summary>
    public static async Task<AnalysisOutcome> RunAsync(string db, AnalysisSettings analysis, TimeProvider time, AnalysisPipeline pipeline, CancellationToken ct)
    {
        await using var store = StoreFiles.OpenExisting(db, time);
        AnalysisOutcome? outcome = null;
        await AnsiConsole.Status().StartAsync("Analysing", async ctx =>
        {
            outcome = await pipeline.RunAsync(store, analysis, s => ctx.Status(s), ct);
        });
        ClusterTables.WriteGraphSummary(outcome!);
        return outcome!;
    }
}
