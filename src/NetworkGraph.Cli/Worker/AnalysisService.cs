using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NetworkGraph.App.Worker;

namespace NetworkGraph.Cli.Worker;

/// <summary>Runs the analysis cycle every Worker:IntervalSeconds.</summary>
internal sealed class AnalysisService(CycleScheduler scheduler, WorkerCycle cycle, IOptions<WorkerOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        scheduler.RunAsync("Analysis cycle", TimeSpan.FromSeconds(options.Value.IntervalSeconds), cycle.RunAsync, stoppingToken);
}
