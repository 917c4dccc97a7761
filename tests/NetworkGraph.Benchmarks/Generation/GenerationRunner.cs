using System.Diagnostics;
using System.Globalization;
using NetworkGraph.Scenarios;

namespace NetworkGraph.Benchmarks.Generation;

/// <summary>Runner mode for the scenario generator at scale (a benchmark, not a test):
/// <c>generate [--posts N] [--organic N] [--seed S] [--gzip] [--out DIR] [--keep]</c>. Writes the scenario, then prints
/// wall time, posts and megabytes per second, the CPU time of the process (user + system, all threads; on a busy
/// machine wall time overstates the cost) and the peak working set. The files are deleted unless --keep.</summary>
internal static class GenerationRunner
{
    public const string Mode = "generate";

    public static int Run(string[] args)
    {
        var options = new ScenarioOptions { Posts = 1_000_000 };
        var output = Path.Combine(Path.GetTempPath(), "ng-generate-bench");
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--posts":
                    options.Posts = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--organic":
                    options.OrganicAccounts = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    options.Seed = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--gzip":
                    options.Gzip = true;
                    break;
                case "--out":
                    output = args[++i];
                    break;
                case "--keep":
                    keep = true;
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var summary = new ScenarioGenerator().Generate(options, output, null, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var bytes = new FileInfo(summary.TweetsPath).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"posts {summary.TotalPosts:N0} (operation {summary.Operation.Posts:N0}, decoy {summary.Decoy.Posts:N0}), gzip {options.Gzip}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wall {seconds:F1} s, {summary.TotalPosts / seconds:N0} posts/s, {bytes / 1e6 / seconds:N0} MB/s; tweets file {bytes / 1e9:F2} GB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cpu {cpu:F1} s (all threads), peak working set {process.PeakWorkingSet64 / 1e6:N0} MB, {Environment.ProcessorCount} cores"));
        if (!keep)
        {
            Directory.Delete(output, recursive: true);
        }

        return 0;
    }
}
