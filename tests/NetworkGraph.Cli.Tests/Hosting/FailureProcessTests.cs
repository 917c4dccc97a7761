using System.Diagnostics;

namespace NetworkGraph.Cli.Tests.Hosting;

/// <summary>Runs the real <c>networkgraph</c> process into a failure and reads its stderr and JSON log.</summary>
public sealed class FailureProcessTests : IDisposable
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "networkgraph.dll");
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-failure-process-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_failing_command_prints_one_error_line_on_stderr_and_its_stack_trace_in_the_json_log()
    {
        var db = Path.Combine(_dir, "notes.db");
        await File.WriteAllTextAsync(db, "not a store");
        var logs = Path.Combine(_dir, "logs");

        var (code, stderr) = await RunAsync(logs, "analyze", "--db", db);

        Assert.Equal(1, code);
        Assert.Equal($"error: the file is not a SQLite store (wrong --db?), {db}\n", stderr);
        var log = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(logs)));
        Assert.Contains("\"@l\":\"Fatal\"", log, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Data.Sqlite.SqliteException", log, StringComparison.Ordinal);
        Assert.Contains("at NetworkGraph.Storage.Sqlite.SqliteStore.Open", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_puts_the_stack_trace_on_stderr_too()
    {
        var db = Path.Combine(_dir, "notes.db");
        await File.WriteAllTextAsync(db, "not a store");

        var (code, stderr) = await RunAsync(null, "--verbose", "analyze", "--db", db);

        Assert.Equal(1, code);
        Assert.StartsWith($"error: the file is not a SQLite store (wrong --db?), {db}\nMicrosoft.Data.Sqlite.SqliteException", stderr, StringComparison.Ordinal);
        Assert.Contains("at NetworkGraph.Storage.Sqlite.SqliteStore.Open", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_setting_is_named_on_stderr_with_exit_code_2()
    {
        var (code, stderr) = await RunAsync(null, new Dictionary<string, string> { ["NETWORKGRAPH__KeepCoordinationRuns"] = "0" }, "snapshot", "list", "--db", Path.Combine(_dir, "s.db"));

        Assert.Equal(2, code);
        Assert.StartsWith("error: invalid configuration: ", stderr, StringComparison.Ordinal);
        Assert.Contains("KeepCoordinationRuns", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "s.db")));
    }

    private static Task<(int Code, string Stderr)> RunAsync(string? logs, params string[] arguments) =>
        RunAsync(logs, new Dictionary<string, string>(), arguments);

    private static async Task<(int Code, string Stderr)> RunAsync(string? logs, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        Assert.True(File.Exists(Cli), $"The CLI is not next to the tests: {Cli}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NETWORKGRAPH__Logging__JsonFile"] = logs is null ? "" : Path.Combine(logs, "ng-.json");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        await stdout;
        return (process.ExitCode, await stderr);
    }
}
