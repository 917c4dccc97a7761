using NetworkGraph.App;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Core.Ingestion;
using NetworkGraph.Storage.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Ingest;

/// <summary><c>networkgraph ingest PATHS... --db FILE</c>: reads archive CSV, API v2/v1.1 JSON (lines or whole
/// documents) and generic share tables into the SQLite store. Safe to kill and rerun: it resumes where the last commit ended.</summary>
internal sealed class IngestCommand(TimeProvider timeProvider) : AsyncCommand<IngestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        var options = new IngestOptions
        {
            Format = settings.Format,
            RejectsPath = settings.RejectsPath,
            MaxRejectShare = settings.MaxRejectShare,
            BatchRows = settings.BatchRows,
            TimeProvider = timeProvider,
        };
        await using var store = SqliteStore.Open(settings.Database!, timeProvider);
        using var sink = store.CreateIngestSink();
        var pipeline = new IngestPipeline(sink, options);
        IngestReport report;
        try
        {
            report = await IngestProgressView.RunAsync(progress =>
                pipeline.RunAsync(settings.Paths, IngestTestHold.Wrap(progress), cancellationToken));
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
