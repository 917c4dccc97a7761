using System.Diagnostics;

namespace NetworkGraph.Cli.Tests.Ingest;

/// <summary>Runs the real <c>networkgraph</c> executable the way a new user would and checks what <c>ingest</c>
/// exits with and says.</summary>
public sealed class IngestExitCodeTests
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "networkgraph.dll");

    [Fact]
    public async Task Ingests_the_folder_written_by_generate_with_exit_0_listing_the_truth_and_campaigns_as_skipped()
    {
        var folder = TempFolder();
        var data = Path.Combine(folder, "gen");
        Assert.Equal(0, (await RunAsync("generate", "--out", data, "--posts", "3000", "--organic", "300")).ExitCode);

        var (exitCode, output) = await RunAsync("ingest", data, "--db", Path.Combine(folder, "s.db"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("truth.csv: unknown format", output, StringComparison.Ordinal);
        Assert.Contains("campaigns.json: unknown format", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_loudly_when_a_data_file_gives_nothing()
    {
        var folder = TempFolder();
        var notices = Path.Combine(folder, "notices.jsonl");
        await File.WriteAllLinesAsync(notices, ["""{"delete": {"status": {"id_str": "5"}}}""", """{"limit": {"track": 1}}"""]);

        var (exitCode, output) = await RunAsync("ingest", notices, "--db", Path.Combine(folder, "s.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("nothing accepted from 2 rows (0 rejected, 2 skipped)", output, StringComparison.Ordinal);
        Assert.Contains("a stream notice ('delete')", output, StringComparison.Ordinal);
    }

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ng-ingest-exit", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        Assert.True(File.Exists(Cli), $"The CLI is not next to the tests: {Cli}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["COLUMNS"] = "400";
        start.ArgumentList.Add(Cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return (process.ExitCode, await output + await error);
    }
}
