using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NetworkGraph.App.Worker;

namespace NetworkGraph.Cli.Worker;

/// <summary>Scans the inbox every Worker:InboxPollSeconds and ingests the files that settled.</summary>
internal sealed class InboxService(CycleScheduler scheduler, InboxProcessor inbox, StoreGate gate, IOptions<WorkerOptions> options)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        scheduler.RunAsync("Inbox", TimeSpan.FromSeconds(options.Value.InboxPollSeconds), async ct =>
        {
            var ready = inbox.Scan();
            if (ready.Count > 0)
            {
                using (await gate.EnterAsync(ct))
                {
                    await inbox.IngestAsync(ready, ct);
                }
            }
        }, stoppingToken);
}
