using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Neo4j;
using NetworkGraph.Bolt;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary><c>networkgraph neo4j push</c>: copies a snapshot and the graph around it from the SQLite store into Neo4j,
/// with a progress bar per phase; pushing again changes nothing, an interrupted push resumes.</summary>
internal sealed class Neo4jPushCommand(Neo4jPushUseCase pushes, Neo4jDriverFactory drivers, IOptions<NetworkGraphOptions> options)
    : AsyncCommand<Neo4jPushSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Neo4jPushSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var request = new Neo4jPushRequest(settings.Db ?? options.Value.Database, SnapshotSelector.Parse(settings.Snapshot), settings.Posts,
            new Neo4jPushOptions { BatchSize = settings.BatchSize, Force = settings.Force });
        await using var push = await pushes.PrepareAsync(request, cancellationToken);
        try
        {
            await using var driver = drivers.Create(settings.ToConnection());
            var result = await PushProgressView.RunAsync(progress => push.RunAsync(driver, progress, cancellationToken));
            Print(result);
            return ExitCodes.Success;
        }
        catch (BoltException ex)
        {
            return BoltFailure.Print(ex);
        }
    }

    private static void Print(PushResult result)
    {
        var table = new Table().AddColumns("phase", "rows", "batches", "sent", "resumed past", "new nodes", "new rels");
        foreach (var phase in result.Phases)
        {
            table.AddRow(phase.Name, $"{phase.Rows:N0}", $"{phase.Batches:N0}", $"{phase.BatchesSent:N0}", $"{phase.BatchesSkipped:N0}",
                $"{phase.NodesCreated:N0}", $"{phase.RelationshipsCreated:N0}");
        }

        AnsiConsole.Write(table);
        if (result.BatchesSent == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"Snapshot [green]{result.SnapshotId}[/] was already in Neo4j: nothing to send.");
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated(
                $"Pushed snapshot [green]{result.SnapshotId}[/]: {result.BatchesSent} batch(es) sent, {result.BatchesSkipped} already there.");
        }

        if (!result.PaletteApplied)
        {
            AnsiConsole.MarkupLine("Accounts were not recoloured: Neo4j holds a newer snapshot (see the log).");
        }
    }
}
