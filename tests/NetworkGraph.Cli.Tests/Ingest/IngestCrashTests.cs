using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Ingest;

/// <summary>Kills a real <c>networkgraph ingest</c> process (SIGKILL) at several points, reruns the same command,
/// and compares the store's content hash and the rejects file with those of an uninterrupted run.</summary>
public sealed class IngestCrashTests
{
    private const int Rows = 12_000;
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "networkgraph.dll");

    [Fact]
    public async Task Ends_with_the_same_content_as_an_uninterrupted_run_after_being_killed_at_several_points()
    {
        Assert.True(File.Exists(Cli), $"The CLI is not next to the tests: {Cli}");
        var folder = Path.Combine(Path.GetTempPath(), "ng-ingest-crash", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var first = WriteArchive(Path.Combine(folder, "first_tweets.csv"), seed: 1, firstId: 1_000_000);
        var second = WriteArchive(Path.Combine(folder, "second_tweets.csv"), seed: 2, firstId: 1_000_000 + (Rows / 2));
        string[] inputs = [first, second];

        // Both stores record the rejects file by path, so both runs use the same one.
        var rejects = Path.Combine(folder, "rejects.jsonl");
        var clean = Path.Combine(folder, "clean.db");
        Assert.Equal(1, await RunToEndAsync(clean, inputs)); // 1: the planted bad rows exceed 0.1%
        var cleanRejects = File.ReadAllText(rejects);
        var crashed = Path.Combine(folder, "crashed.db");
        var total = new FileInfo(first).Length + new FileInfo(second).Length;
        var kills = 0;
        kills += await RunAndKillAsync(crashed, inputs, _ => true); // while starting or before the first commit
        foreach (var share in new[] { 0.15, 0.45, 0.7, 0.9 })
        {
            kills += await RunAndKillAsync(crashed, inputs, done => done >= share * total);
        }

        Assert.Equal(1, await RunToEndAsync(crashed, inputs));
        Assert.True(kills >= 3, $"Only {kills} runs were killed before finishing.");
        Assert.Equal(await DumpAsync(clean), await DumpAsync(crashed));
        Assert.Equal(cleanRejects, File.ReadAllText(rejects));
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<int> RunToEndAsync(string database, string[] inputs)
    {
        using var process = Start(database, inputs);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return process.ExitCode;
    }

    /// <summary>Starts the ingest and kills it once <paramref name="due"/> says so for the bytes committed so far
    /// (checked every few milliseconds); returns 1 when it was killed, 0 when it finished first.</summary>
    private static async Task<int> RunAndKillAsync(string database, string[] inputs, Func<long, bool> due)
    {
        using var process = Start(database, inputs);
        var watch = Stopwatch.StartNew();
        while (!process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (due(CommittedBytes(database)))
            {
                process.Kill(); // SIGKILL on Unix
                await process.WaitForExitAsync();
                return 1;
            }

            await Task.Delay(5);
        }

        await process.WaitForExitAsync();
        return 0;
    }

    private static long CommittedBytes(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT coalesce(sum(byte_offset), 0) FROM ingest_files";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }

    private static Process Start(string database, string[] inputs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var options = new[] { "--db", database, "--rejects", Path.Combine(Path.GetDirectoryName(database)!, "rejects.jsonl"), "--batch-rows", "300", "--max-reject-share", "0.001" };
        foreach (var argument in new[] { Cli, "ingest" }.Concat(inputs).Concat(options))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
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
