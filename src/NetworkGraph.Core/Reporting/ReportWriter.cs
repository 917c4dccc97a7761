using System.Text;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Reporting;

/// <summary>Writes a snapshot's analyst report: a self-contained HTML page and a Markdown summary, byte-identical for the same input.</summary>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The HTML report of the snapshot.</summary>
    public static string Html(SnapshotExportInput input, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        return HtmlReportWriter.Write(ReportDataBuilder.Build(input, options), options);
    }

    /// <summary>The Markdown summary of the snapshot.</summary>
    public static string Markdown(SnapshotExportInput input, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        return MarkdownReportWriter.Write(ReportDataBuilder.Build(input, options), options);
    }

    /// <summary>Whether the report of <paramref name="snapshot"/> may quote evidence pairs of an edge, by its two account
    /// ids: a source need read no other edge's pairs.</summary>
    public static Func<string, string, bool> QuotesEdge(Snapshot snapshot, ReportOptions? options = null) =>
        ReportDataBuilder.QuotesEdge(snapshot, options ?? new ReportOptions());

    /// <summary>The ids of the posts the report of <paramref name="input"/> quotes as evidence: what a source that gives
    /// the members' posting times instead of their posts gives as <see cref="SnapshotExportInput.EvidencePosts"/>.</summary>
    public static IReadOnlyCollection<string> EvidencePostIds(SnapshotExportInput input, ReportOptions? options = null) =>
        ReportDataBuilder.EvidencePostIds(input, options ?? new ReportOptions());

    /// <summary>Writes the HTML report and the Markdown summary to two files (UTF-8, no BOM).</summary>
    public static async Task WriteFilesAsync(SnapshotExportInput input, string htmlPath, string markdownPath, ReportOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new ReportOptions();
        var data = ReportDataBuilder.Build(input, options);
        await File.WriteAllTextAsync(htmlPath, HtmlReportWriter.Write(data, options), Utf8, ct);
        await File.WriteAllTextAsync(markdownPath, MarkdownReportWriter.Write(data, options), Utf8, ct);
    }
}
