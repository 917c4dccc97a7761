using NetworkGraph.Core.Export;
using Newtonsoft.Json;

namespace NetworkGraph.Core.Tests.Reporting;

/// <summary>
/// Writes the sample report (hostile text planted in a handle, a bio, a location and a post) with a
/// <c>.expected.json</c> sidecar for scripts/checks/report.sh, which opens it in headless Chromium. The folder is
/// NG_REPORT_SAMPLES_DIR, else networkgraph-report-samples under the temp folder.
/// </summary>
public sealed class ReportSampleFilesTests
{
    public static string SamplesDirectory =>
        Environment.GetEnvironmentVariable("NG_REPORT_SAMPLES_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Path.GetTempPath(), "networkgraph-report-samples");

    [Fact]
    public async Task Writes_the_sample_report_and_what_the_browser_check_expects()
    {
        var input = ReportFixtures.Input();
        var result = await new SnapshotExporter().ExportAsync(input, SnapshotExportFormat.Report, SamplesDirectory);
        var expected = new
        {
            payloads = new[] { ReportFixtures.Payload, ReportFixtures.DomPayload },
            flaggedSections = input.Snapshot.Clusters.Count(c => c.Flagged),
            minCharts = 1 + (input.Snapshot.Clusters.Count(c => c.Flagged) * 5),
        };
        await File.WriteAllTextAsync(result.Files[0] + ".expected.json", JsonConvert.SerializeObject(expected, Formatting.Indented));

        Assert.True(File.Exists(result.Files[0]));
        Assert.True(File.Exists(result.Files[1]));
    }
}
