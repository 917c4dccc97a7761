using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Export;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Snapshots;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Export;

/// <summary><c>networkgraph export FORMAT --snapshot latest --out DIR</c>: writes one snapshot in one format (the format is the command's data).</summary>
internal sealed partial class ExportCommand(IOptions<NetworkGraphOptions> options, ExportUseCase export, ILogger<ExportCommand> logger) : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var format = context.Data as SnapshotExportFormat? ?? throw new InvalidOperationException("The export command was registered without a format.");
        var exportOptions = new SnapshotExportOptions
        {
            Filter = settings.Filter(),
            AllLayers = settings.AllLayers,
            EdgesPerAccount = settings.EdgesPerAccount,
            Visuals = new ExportVisuals { SizeBy = ExportSettings.ParseSizing(settings.SizeBy)!.Value },
        };
        var request = new ExportRequest(settings.Db ?? options.Value.Database, SnapshotSelector.Parse(settings.Snapshot), format, settings.Out!, exportOptions);
        var (store, input, result) = await export.RunAsync(request, cancellationToken);
        if (input.Edges.Count == 0)
        {
            LogNoEdges(store);
        }

        LogExported(format, input.Snapshot.Id, result.Summary?.Nodes ?? input.Snapshot.Summarize().Accounts, result.Summary?.Edges ?? input.Edges.Count);
        AnsiConsole.MarkupLineInterpolated($"Exported snapshot [green]{input.Snapshot.Id}[/] as {format}:");
        foreach (var file in result.Files)
        {
            AnsiConsole.MarkupLineInterpolated($"  {file}");
        }

        return ExitCodes.Success;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store {Store} holds no coordination run: the export has accounts but no edge")]
    private partial void LogNoEdges(string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported {Format} of snapshot {Snapshot}: {Nodes} nodes, {Edges} edges")]
    private partial void LogExported(SnapshotExportFormat format, string snapshot, int nodes, int edges);
}
