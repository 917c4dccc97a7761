using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Worker;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Worker;

/// <summary><c>networkgraph worker</c>: runs the hosted worker (inbox ingestion, scheduled analysis, Neo4j push,
/// retention, status file) until SIGTERM or Ctrl-C. Exit code 0 after a clean stop, 1 when another worker holds the
/// store or a service crashed, 2 for bad settings.</summary>
internal sealed class WorkerCommand(TimeProvider time) : AsyncCommand<WorkerSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WorkerSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var host = WorkerHost.Build(settings.ToOverrides());
        WorkerPaths paths;
        try
        {
            _ = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value;
            paths = host.Services.GetRequiredService<WorkerPaths>();
        }
        catch (OptionsValidationException ex)
        {
            throw new UsageException("invalid configuration: " + string.Join("; ", ex.Failures.Select(Describe)));
        }

        StoreLock storeLock;
        try
        {
            storeLock = StoreLock.Acquire(paths.Database, time.GetUtcNow());
        }
        catch (StoreLockedException ex)
        {
            AnsiConsole.Console.Profile.Out.Writer.Flush();
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return ExitCodes.Failure;
        }

        using (storeLock)
        {
            // The host stops on SIGTERM, SIGINT/Ctrl-C (its console lifetime) or when the command is cancelled.
            await host.StartAsync(CancellationToken.None);
            await host.WaitForShutdownAsync(cancellationToken);
        }

        var crashed = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().Any(s => s.ExecuteTask is { IsFaulted: true });
        return crashed ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Describe(string failure) => failure
        .Replace(nameof(WorkerOptions), WorkerOptions.Section, StringComparison.Ordinal)
        .Replace(nameof(NetworkGraphOptions), NetworkGraphOptions.Section, StringComparison.Ordinal);
}
