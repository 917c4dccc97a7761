using NetworkGraph.App;
using NetworkGraph.App.Ingest;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Core.Ingestion;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Ingest;

/// <summary><c>networkgraph ingest PATHS... --db FILE</c>: reads archive CSV, API v2/v1.1 JSON (lines or whole
/// documents) and generic share tables into the SQLite store. Safe to kill and rerun: it resumes where the last commit ended.</summary>
internal sealed class IngestCommand(IngestUseCase ingest) : AsyncCommand<IngestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        var request = new IngestRequest(settings.Database!, settings.Paths, settings.RejectsPath)
        {
            Format = settings.Format,
            MaxRejectShare = settings.MaxRejectShare,
            BatchRows = settings.BatchRows,
        };
        IngestReport report;
        try
        {
            report = await IngestProgressView.RunAsync(progress =>
                ingest.RunAsync(request, IngestTestHold.Wrap(progress), cancellationToken));
        }
        catch (IngestInputException e)
        {
            throw new UsageException(e.Message);
        }

        IngestReportView.Write(report, settings.RejectsPath);
        // A run that read no file, or a data file that gave nothing (all rows rejected or skipped), fails: exit 0 would hide it.
        return report.HasFailures || report.TooManyRejects || report.ReadNothing || report.FilesWithNothingAccepted.Any()
            ? ExitCodes.Failure
            : ExitCodes.Success;
    }
}
