using System.Text;
using NetworkGraph.Core.Reporting;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Export;

/// <summary>The file formats a snapshot can be exported to.</summary>
public enum SnapshotExportFormat
{
    /// <summary>GEXF 1.3 with colours, sizes and spells (Gephi, Gephi Lite, graphology, networkx); Gephi-sized unless <see cref="SnapshotExportOptions.AllLayers"/>.</summary>
    Gexf = 0,

    /// <summary>GraphML with typed keys.</summary>
    GraphMl = 1,

    /// <summary>Gephi spreadsheet CSVs (nodes, edges) and a membership CSV.</summary>
    Csv = 2,

    /// <summary>The node and relationship CSVs of <c>neo4j-admin database import full</c>.</summary>
    Neo4jAdmin = 3,

    /// <summary>The analyst's report: self-contained HTML and a Markdown summary.</summary>
    Report = 4,
}

/// <summary>The files one export wrote.</summary>
/// <param name="Format">The format written.</param>
/// <param name="Files">Full paths of the files, in a fixed order.</param>
/// <param name="Summary">What the graph writer wrote (null for the report).</param>
public sealed record SnapshotExportResult(SnapshotExportFormat Format, IReadOnlyList<string> Files, ExportSummary? Summary);

/// <summary>Paths of the GEXF file and the report of one snapshot.</summary>
/// <param name="Gexf">The GEXF file.</param>
/// <param name="Html">The HTML report.</param>
/// <param name="Markdown">The Markdown summary.</param>
public sealed record SnapshotExportPaths(string Gexf, string Html, string Markdown);

/// <summary>Writes a snapshot to files in a folder, one call per format; names start with <c>snapshot-ID</c>. Each file is written beside and then moved into place, so a failed export leaves no partial file.</summary>
public sealed class SnapshotExporter(SnapshotExportOptions? options = null, ReportOptions? reportOptions = null)
{
    private readonly SnapshotExportOptions _options = options ?? new SnapshotExportOptions();
    private readonly ReportOptions _reportOptions = reportOptions ?? new ReportOptions();

    /// <summary>The file name stem of a snapshot: <c>snapshot-</c> and its id, characters outside [A-Za-z0-9._-] replaced by '_'.</summary>
    public static string FileStem(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var sb = new StringBuilder("snapshot-");
        foreach (var c in snapshot.Id)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return sb.ToString();
    }

    /// <summary>Exports the snapshot in one format into <paramref name="outDirectory"/> (created if missing).</summary>
    public async Task<SnapshotExportResult> ExportAsync(SnapshotExportInput input, SnapshotExportFormat format, string outDirectory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(outDirectory);
        Directory.CreateDirectory(outDirectory);
        var stem = Path.Combine(Path.GetFullPath(outDirectory), FileStem(input.Snapshot));
        if (format == SnapshotExportFormat.Report)
        {
            var (html, md) = (stem + ".report.html", stem + ".report.md");
            await ReplaceAsync([html, md], tmp => ReportWriter.WriteFilesAsync(input, tmp[0], tmp[1], _reportOptions, ct));
            return new SnapshotExportResult(format, [html, md], null);
        }

        var graph = SnapshotExportMapper.Map(input, _options);
        if (!_options.AllLayers && format is SnapshotExportFormat.Gexf or SnapshotExportFormat.GraphMl)
        {
            graph = PairGraph.Focus(graph, _options.EdgesPerAccount);
        }
        var visuals = _options.Visuals;
        ExportSummary? summary = null;
        string[] files = format switch
        {
            SnapshotExportFormat.Gexf => [stem + ".gexf"],
            SnapshotExportFormat.GraphMl => [stem + ".graphml"],
            SnapshotExportFormat.Csv => [stem + ".nodes.csv", stem + ".edges.csv", stem + ".membership.csv"],
            SnapshotExportFormat.Neo4jAdmin => [stem + ".neo4j-nodes.csv", stem + ".neo4j-relationships.csv"],
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
        await ReplaceAsync(files, async tmp =>
        {
            await using var first = File.Create(tmp[0]);
            switch (format)
            {
                case SnapshotExportFormat.Gexf:
                    summary = await GexfWriter.WriteAsync(graph, first, new GexfOptions { Visuals = visuals }, ct);
                    break;
                case SnapshotExportFormat.GraphMl:
                    summary = await GraphMlWriter.WriteAsync(graph, first, visuals, ct);
                    break;
                case SnapshotExportFormat.Csv:
                    await using (var edges = File.Create(tmp[1]))
                    {
                        summary = await GephiCsvWriter.WriteAsync(graph, first, edges, null, ct);
                    }

                    await using (var membership = File.Create(tmp[2]))
                    {
                        await MembershipCsvWriter.WriteAsync(graph, membership, ct);
                    }

                    break;
                default:
                    await using (var relationships = File.Create(tmp[1]))
                    {
                        summary = await Neo4jAdminCsvWriter.WriteAsync(graph, first, relationships, null, ct);
                    }

                    break;
            }
        });
        if (format == SnapshotExportFormat.Gexf && AmplificationExportMapper.Map(input) is { } amplification)
        {
            // Who amplifies whom is directed, the coordination graph is not: a second GEXF beside it.
            var directed = stem + ".amplification.gexf";
            await ReplaceAsync([directed], async tmp =>
            {
                await using var stream = File.Create(tmp[0]);
                await GexfWriter.WriteAsync(amplification, stream, new GexfOptions { Visuals = visuals }, ct);
            });
            files = [.. files, directed];
        }

        return new SnapshotExportResult(format, files, summary);
    }

    /// <summary>Writes the GEXF file and the report (HTML and Markdown) of a snapshot, as the demo does.</summary>
    public async Task<SnapshotExportPaths> WriteGexfAndReportAsync(SnapshotExportInput input, string outDirectory, CancellationToken ct = default)
    {
        var gexf = await ExportAsync(input, SnapshotExportFormat.Gexf, outDirectory, ct);
        var report = await ExportAsync(input, SnapshotExportFormat.Report, outDirectory, ct);
        return new SnapshotExportPaths(gexf.Files[0], report.Files[0], report.Files[1]);
    }

    private static async Task ReplaceAsync(IReadOnlyList<string> files, Func<string[], Task> write)
    {
        var temporary = files.Select(f => f + ".partial").ToArray();
        try
        {
            await write(temporary);
            for (var i = 0; i < files.Count; i++)
            {
                File.Move(temporary[i], files[i], overwrite: true);
            }
        }
        finally
        {
            foreach (var tmp in temporary.Where(File.Exists))
            {
                File.Delete(tmp);
            }
        }
    }
}
