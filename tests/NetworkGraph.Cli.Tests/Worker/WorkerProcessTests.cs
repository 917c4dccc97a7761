using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetworkGraph.Cli.Tests.Worker.Support;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Worker;

/// <summary>Runs the real <c>networkgraph worker</c> process on a temporary inbox and store.</summary>
public sealed class WorkerProcessTests : IDisposable
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "networkgraph.dll");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-worker-e2e-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Ingests_dropped_files_keeps_one_snapshot_for_unchanged_input_and_stops_cleanly_on_SIGTERM()
    {
        Assert.True(File.Exists(Cli), $"The CLI is not next to the tests: {Cli}");
        var scenario = TinyScenario.Generate(Path.Combine(_folder, "gen"));
        var inbox = Path.Combine(_folder, "inbox");
        var db = Path.Combine(_folder, "data", "ng.db");
        var statusFile = db + ".worker-status.json";
        // A lookback (ten years) makes every cycle analyse, so the pipeline's "no new version" rule is exercised.
        using var worker = Start("--inbox", inbox, "--db", db, "--interval", "2s", "--lookback-days", "3650");

        await WaitForAsync(worker, statusFile, s => s.GetProperty("state").GetString() == "idle");
        File.Move(scenario.UsersPath, Path.Combine(inbox, Path.GetFileName(scenario.UsersPath)));
        File.Move(scenario.TweetsPath, Path.Combine(inbox, Path.GetFileName(scenario.TweetsPath)));
        await File.WriteAllTextAsync(Path.Combine(inbox, "notes.json"), "{ this is not JSON");
        var status = await WaitForAsync(worker, statusFile, s =>
            s.GetProperty("latestSnapshot").ValueKind == JsonValueKind.Object && s.GetProperty("lastCycle").GetProperty("outcome").GetString() == "unchanged");

        using (var second = Start("--inbox", inbox, "--db", db, "--interval", "2s"))
        {
            await second.Process.WaitForExitAsync().WaitAsync(Patience.Limit);
            Assert.Equal(1, second.Process.ExitCode);
            Assert.Contains("another worker", second.Output, StringComparison.Ordinal);
        }

        using (var kill = Process.Start("kill", ["-TERM", worker.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await worker.Process.WaitForExitAsync().WaitAsync(Patience.Limit);
        Assert.True(worker.Process.ExitCode == 0, $"exit code {worker.Process.ExitCode}:\n{worker.Output}");
        Assert.Equal(
            [Path.GetFileName(scenario.TweetsPath), Path.GetFileName(scenario.UsersPath)],
            Directory.EnumerateFiles(Path.Combine(inbox, "processed")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["notes.json", "notes.json.reason.txt"],
            Directory.EnumerateFiles(Path.Combine(inbox, "failed")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("stopped", Read(statusFile).GetProperty("state").GetString());
        Assert.Equal(2, status.GetProperty("inboxTotals").GetProperty("filesProcessed").GetInt32());

        await using var store = SqliteStore.Open(db);
        Assert.Equal(scenario.TotalPosts, (await store.CountAsync()).Posts);
        var snapshot = Assert.Single(await new SnapshotRepository(store).ListAsync(CancellationToken.None));
        Assert.Equal(status.GetProperty("latestSnapshot").GetProperty("id").GetString(), snapshot.Id);
        var log = Assert.Single(Directory.EnumerateFiles(Path.Combine(_folder, "logs")));
        Assert.Contains("\"Outcome\":\"new-snapshot\"", await File.ReadAllTextAsync(log), StringComparison.Ordinal);
    }

    private RunningWorker Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Cli);
        start.ArgumentList.Add("worker");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NETWORKGRAPH__Worker__InboxPollSeconds"] = "1";
        start.Environment["NETWORKGRAPH__Worker__SettleSeconds"] = "0";
        start.Environment["NETWORKGRAPH__Threads"] = "1";
        start.Environment["NETWORKGRAPH__Logging__JsonFile"] = Path.Combine(_folder, "logs", "worker-.json");
        return new RunningWorker(Process.Start(start)!);
    }

    private static async Task<JsonElement> WaitForAsync(RunningWorker worker, string statusFile, Func<JsonElement, bool> ready)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Patience.Limit)
        {
            if (File.Exists(statusFile) && Read(statusFile) is var status && ready(status))
            {
                return status;
            }

            if (worker.Process.HasExited)
            {
                Assert.Fail($"The worker exited early ({worker.Process.ExitCode}):\n{worker.Output}");
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The status file never got there:\n{(File.Exists(statusFile) ? File.ReadAllText(statusFile) : "(none)")}\n{worker.Output}");
        return default;
    }

    private static JsonElement Read(string statusFile) => JsonDocument.Parse(File.ReadAllText(statusFile)).RootElement;

    /// <summary>A started process whose output is collected as it comes.</summary>
    private sealed class RunningWorker : IDisposable
    {
        private readonly StringBuilder _output = new();

        public RunningWorker(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill();
            }

            Process.Dispose();
        }

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
