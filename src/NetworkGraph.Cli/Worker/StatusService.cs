using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.App.Worker;

namespace NetworkGraph.Cli.Worker;

/// <summary>Writes the status file when the worker starts and when it has stopped (registered first, so it stops last).</summary>
internal sealed partial class StatusService(WorkerStatusBoard board, WorkerPaths paths, IOptions<WorkerOptions> options, bool pushing,
    ILogger<StatusService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        paths.CreateFolders();
        var o = options.Value;
        LogStarted(paths.Database, paths.Inbox, o.IntervalSeconds, o.LookbackDays, o.KeepSnapshots, pushing, paths.StatusFile);
        if (o.PushToNeo4j && !pushing)
        {
            LogNoNeo4j();
        }

        board.SetState("idle");
        await board.WriteAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        board.SetState("stopped");
        await board.WriteAsync(CancellationToken.None);
        LogStopped(board.Current.Cycles);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Worker started: store {Database}, inbox {Inbox}, a cycle every {IntervalSeconds} s, lookback {LookbackDays} days (0: all), keeping {Keep} snapshots, Neo4j push {Push}, status in {StatusFile}")]
    private partial void LogStarted(string database, string inbox, int intervalSeconds, int lookbackDays, int keep, bool push, string statusFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worker:PushToNeo4j is on but NEO4J_URI is not set: snapshots are not pushed")]
    private partial void LogNoNeo4j();

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker stopped after {Cycles} cycles")]
    private partial void LogStopped(int cycles);
}
