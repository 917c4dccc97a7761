using System.Diagnostics;
using System.Globalization;
using System.Text;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Ingest;

/// <summary>Kills a real <c>networkgraph ingest</c> process (SIGKILL) at several points, reruns the same command,
/// and compares the store's content hash and the rejects file with those of an uninterrupted run. The kill points are
/// named, not raced: the process holds right after a given committed batch (the CLI's test hook) and is killed there.</summary>
public sealed class IngestCrashTests
{
    private const int Rows = 12_000;
    private const int BatchRows = 300;
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "networkgraph.dll");

    [Fact]
    public async Task Ends_with_the_same_content_as_an_uninterrupted_run_after_being_killed_at_several_points()
    {
        Assert.True(File.Exists(Cli), $"The CLI is not next to the tests: {Cli}");
        using var folder = new TempFolder("ng-ingest-crash-");
        var first = WriteArchive(folder.Combine("first_tweets.csv"), seed: 1, firstId: 1_000_000);
        var second = WriteArchive(folder.Combine("second_tweets.csv"), seed: 2, firstId: 1_000_000 + (Rows / 2));
        string[] inputs = [first, second];

        // Both stores record the rejects file by path, so both runs use the same one.
        var rejects = folder.Combine("rejects.jsonl");
        var clean = folder.Combine("clean.db");
        Assert.Equal(1, await RunToEndAsync(clean, inputs)); // 1: the planted bad rows exceed 0.1%
        var cleanRejects = File.ReadAllText(rejects);
        var crashed = folder.Combine("crashed.db");
        await KillWhileStartingAsync(crashed, inputs);
        // Each run resumes where the last commit ended, so these holds fall 1, 11, 36 and 66 batches into the 80 of the
        // two files: early in the first file, near its end, and in the second file (which repeats half of the first).
        foreach (var batch in new[] { 1, 10, 25, 30 })
        {
            await KillAfterBatchAsync(crashed, inputs, batch);
        }

        Assert.Equal(1, await RunToEndAsync(crashed, inputs));
        Assert.Equal(await DumpAsync(clean), await DumpAsync(crashed));
        Assert.Equal(cleanRejects, File.ReadAllText(rejects));
    }

    private static async Task<int> RunToEndAsync(string database, string[] inputs)
    {
        using var run = Start(database, inputs, holdAfterBatch: null);
        await run.Process.WaitForExitAsync().WaitAsync(Patience.Limit);
        return run.Process.ExitCode;
    }

    /// <summary>Kills the ingest as soon as it is started: while the runtime loads, the store opens or the schema is made.</summary>
    private static async Task KillWhileStartingAsync(string database, string[] inputs)
    {
        using var run = Start(database, inputs, holdAfterBatch: null);
        run.Process.Kill(); // SIGKILL on Unix
        await run.Process.WaitForExitAsync().WaitAsync(Patience.Limit);
    }

    /// <summary>Starts the ingest, waits until it reports holding right after its <paramref name="batch"/>-th committed
    /// batch, and kills it there.</summary>
    private static async Task KillAfterBatchAsync(string database, string[] inputs, int batch)
    {
        using var run = Start(database, inputs, batch);
        var ended = run.Process.WaitForExitAsync();
        Assert.True(await Task.WhenAny(run.Held, ended).WaitAsync(Patience.Limit) == run.Held,
            $"The ingest ended (exit code {(run.Process.HasExited ? run.Process.ExitCode : -1)}) before holding after batch {batch}:\n{run.Output}");
        run.Process.Kill(); // SIGKILL on Unix
        await ended.WaitAsync(Patience.Limit);
    }

    private static IngestRun Start(string database, string[] inputs, int? holdAfterBatch)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, // held runs wait for a line that never comes
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var options = new[]
        {
            "--db", database, "--rejects", Path.Combine(Path.GetDirectoryName(database)!, "rejects.jsonl"),
            "--batch-rows", BatchRows.ToString(CultureInfo.InvariantCulture), "--max-reject-share", "0.001",
        };
        foreach (var argument in new[] { Cli, "ingest" }.Concat(inputs).Concat(options))
        {
            start.ArgumentList.Add(argument);
        }

        if (holdAfterBatch is { } batch)
        {
            start.Environment["NETWORKGRAPH_TEST_HOLD_AFTER_BATCH"] = batch.ToString(CultureInfo.InvariantCulture);
        }

        return new IngestRun(Process.Start(start)!, $"held after batch {holdAfterBatch}");
    }

    /// <summary>A started ingest: its output so far, and whether it has said that it holds.</summary>
    private sealed class IngestRun : IDisposable
    {
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly StringBuilder _output = new();

        public IngestRun(Process process, string holdLine)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) =>
            {
                Append(e.Data);
                if (e.Data == holdLine)
                {
                    _held.TrySetResult();
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public Task Held => _held.Task;

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

        public void Dispose() => Process.Dispose();

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static async Task<string> DumpAsync(string database)
    {
        using var store = SqliteStore.Open(database);
        using var dump = new StringWriter();
        await store.WriteCanonicalDumpAsync(dump);
        return dump.ToString();
    }

    /// <summary>A seeded archive file: hashed and numeric users, retweets, multi-line texts, a few bad rows, and
    /// half of its rows shared with the other file (duplicates across files).</summary>
    private static string WriteArchive(string path, int seed, long firstId)
    {
        var random = new Random(seed);
        var text = new StringBuilder("tweetid,userid,user_screen_name,follower_count,tweet_text,tweet_time,is_retweet,retweet_tweetid,retweet_userid,hashtags,user_mentions\n");
        for (var i = 0; i < Rows; i++)
        {
            var id = firstId + i;
            var user = random.Next(400);
            var userId = user % 5 == 0 ? (10_000 + user).ToString(CultureInfo.InvariantCulture) : Convert.ToHexStringLower(BitConverter.GetBytes(user * 7919L)) + "ab";
            var minute = (int)(id % 50_000);
            var time = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(minute).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var retweet = random.Next(3) == 0;
            var body = random.Next(20) == 0 ? $"\"line one, \"\"quoted\"\"\nline two {i}\"" : $"post {i} about #t{random.Next(30)}";
            if (random.Next(500) == 0)
            {
                time = "not a time";
            }

            text.Append(CultureInfo.InvariantCulture, $"{id},{userId},user{user},{user * 3}.0,{body},{time},{(retweet ? "True" : "False")},")
                .Append(retweet ? (firstId - 1 - random.Next(100)).ToString(CultureInfo.InvariantCulture) : string.Empty).Append(',')
                .Append(retweet ? "u" + random.Next(400).ToString(CultureInfo.InvariantCulture) : string.Empty)
                .Append(CultureInfo.InvariantCulture, $",\"['t{random.Next(30)}', 'x{user % 7}']\",['{random.Next(400)}']\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
