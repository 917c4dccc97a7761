using NetworkGraph.Core.Ingestion;
using Spectre.Console;

namespace NetworkGraph.Cli.Commands.Ingest;

/// <summary>Prints the per-file table (rows read, accepted, duplicates, rejected, skipped), the files passed over and
/// rows skipped with their reasons, and the verdict.</summary>
internal static class IngestReportView
{
    public static void Write(IngestReport report, string rejectsPath)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("File")
            .AddColumn("Format")
            .AddColumn("Status")
            .AddColumn(new TableColumn("Rows read").RightAligned())
            .AddColumn(new TableColumn("Accepted").RightAligned())
            .AddColumn(new TableColumn("Duplicates").RightAligned())
            .AddColumn(new TableColumn("Rejected").RightAligned())
            .AddColumn(new TableColumn("Skipped").RightAligned());
        foreach (var file in report.Files)
        {
            var c = file.Counts;
            table.AddRow(
                Markup.Escape(Shorten(file.Path)),
                Markup.Escape(file.Format),
                file.Status == FileStatus.Failed ? "[red]failed[/]" : Status(file.Status),
                $"{c.RowsRead:N0}",
                $"{c.Accepted:N0}",
                $"{c.Duplicates:N0}",
                c.Rejected > 0 ? $"[yellow]{c.Rejected:N0}[/]" : "0",
                $"{c.Skipped:N0}");
        }

        var total = report.Total;
        table.AddRow("[bold]Total[/]", string.Empty, string.Empty, $"[bold]{total.RowsRead:N0}[/]", $"[bold]{total.Accepted:N0}[/]",
            $"[bold]{total.Duplicates:N0}[/]", $"[bold]{total.Rejected:N0}[/]", $"[bold]{total.Skipped:N0}[/]");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{report.RowsPerSecond:N0} rows/s in this run.");
        foreach (var skipped in report.Files.Where(f => f.Status == FileStatus.Skipped))
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]skipped:[/] {Shorten(skipped.Path)}: {skipped.Error}");
        }

        foreach (var (reason, count) in report.Files.SelectMany(f => f.SkippedBy)
                     .GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(p => p.Value))))
        {
            AnsiConsole.MarkupLineInterpolated($"Skipped {count:N0} rows: {reason}.");
        }

        foreach (var failed in report.Files.Where(f => f.Status == FileStatus.Failed))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {failed.Error}");
        }

        if (report.ReadNothing)
        {
            AnsiConsole.MarkupLine("[red]error:[/] nothing to ingest: no file given is data this command recognises (see the skipped files above).");
        }

        foreach (var empty in report.FilesWithNothingAccepted)
        {
            var c = empty.Counts;
            AnsiConsole.MarkupLineInterpolated(
                $"[red]error:[/] {Shorten(empty.Path)}: nothing accepted from {c.RowsRead:N0} rows ({c.Rejected:N0} rejected, {c.Skipped:N0} skipped); wrong --format, or not the data you meant?");
        }

        if (total.Rejected + total.Skipped > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"Rejected and skipped rows are in {rejectsPath}, each with its reason.");
        }

        if (report.TooManyRejects)
        {
            AnsiConsole.MarkupLineInterpolated(
                $"[red]error:[/] {report.RejectShare:P2} of rows were rejected, more than the allowed {report.MaxRejectShare:P2} (--max-reject-share).");
        }
    }

    private static string Shorten(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.Length < path.Length ? relative : path;
    }

    private static string Status(FileStatus status) => status switch
    {
        FileStatus.Resumed => "resumed",
        FileStatus.AlreadyIngested => "already ingested",
        FileStatus.Skipped => "[yellow]skipped[/]",
        _ => "ingested",
    };
}
