using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Analysis;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary><c>networkgraph graph build</c>: builds and stores the coordination graphs, printing edge counts per kind.</summary>
internal sealed class GraphBuildCommand(IOptions<NetworkGraphOptions> settings, GraphBuildUseCase build) : AsyncCommand<AnalyzeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AnalyzeSettings options, CancellationToken cancellationToken)
    {
        var db = options.Db ?? settings.Value.Database;
        var analysis = options.ToAnalysisSettings(settings.Value.Seed, settings.Value.Threads);
        BuiltGraph? built = null;
        await AnsiConsole.Status().StartAsync("Reading posts and shares", async ctx =>
            built = await build.RunAsync(db, analysis, stage => ctx.Status(stage), cancellationToken));
        ClusterTables.WriteLayers(LayerCount.Of(built!.Graph));
        AnsiConsole.MarkupLineInterpolated($"Stored as coordination run [bold]{built.RunId}[/] in {db}.");
        return ExitCodes.Success;
    }
}
