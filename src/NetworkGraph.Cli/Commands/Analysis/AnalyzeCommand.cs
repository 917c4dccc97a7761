using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Analysis;
using NetworkGraph.Cli.Hosting;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary><c>networkgraph analyze</c>: graphs -> communities -> clusters -> snapshot.</summary>
internal sealed class AnalyzeCommand(IOptions<NetworkGraphOptions> settings, AnalyzeUseCase analyze)
    : AsyncCommand<AnalyzeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AnalyzeSettings options, CancellationToken cancellationToken)
    {
        var analysis = options.ToAnalysisSettings(settings.Value.Seed, settings.Value.Threads);
        var outcome = await AnalysisProgressView.RunAsync(
            stage => analyze.RunAsync(options.Db ?? settings.Value.Database, analysis, stage, cancellationToken));
        ClusterTables.WriteTopClusters(outcome.Snapshot, 10);
        return ExitCodes.Success;
    }
}
