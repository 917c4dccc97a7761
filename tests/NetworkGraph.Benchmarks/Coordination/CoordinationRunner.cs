using System.Diagnostics;
using System.Globalization;
using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Benchmarks.Coordination;

/// <summary>Runner mode for coordination graphs at collection scale (a benchmark, not a test):
/// <c>coordination [--posts N] [--accounts A] [--windows "10,60,3600;60"] [--kinds retweet,text,similar]
/// [--threads T] [--seed S] [--per-kind] [--no-generation-timing]</c>; each ';'-separated window set is built in turn
/// on the same table. Streams <see cref="SyntheticPosts"/> into a share table, then builds the graph, and prints the
/// wall and CPU time of each stage, the pairs and edges per layer, and memory (sampled every 10 ms).
/// Run: <c>dotnet run -c Release --project tests/NetworkGraph.Benchmarks -- coordination --posts 10000000</c>
/// (add <c>DOTNET_GCHeapHardLimit=0x100000000</c> to hold the managed heap to 4 GiB).</summary>
internal static class CoordinationRunner
{
    public const string Mode = "coordination";

    public static int Run(string[] args)
    {
        var settings = Settings.Parse(args);
        var posts = new SyntheticPosts(settings.Posts, settings.Accounts, settings.Seed, TimeSpan.FromDays(30));
        var options = new CoordinationOptions
        {
            Kinds = settings.Kinds,
            MaxDegreeOfParallelism = settings.Threads,
        };
        Console.WriteLine($"posts {settings.Posts:N0}, accounts {settings.Accounts:N0}, kinds {string.Join(',', settings.Kinds)}, " +
            $"threads {settings.Threads}");

        var clock = Stopwatch.StartNew();
        var generation = 0.0;
        if (settings.TimeGeneration)
        {
            var generated = posts.Generate().Count();
            generation = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"generation only: {generation:F2} s ({generated:N0} posts)");
        }

        clock.Restart();
        var builder = new ShareTableBuilder(new ShareTableOptions
        {
            Kinds = settings.Kinds,
            CollectInteractions = false,
            MaxDegreeOfParallelism = settings.Threads,
        });
        builder.AddRange(posts.Generate());
        var table = builder.Build();
        var tableSeconds = clock.Elapsed.TotalSeconds - generation;
        var tableLabel = settings.TimeGeneration ? "beyond generation" : "including generation";
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var tableHeap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"share table: {tableSeconds:F2} s {tableLabel}; {table.AccountIds.Count:N0} accounts, " +
            $"retweet {table.ShareCount(ShareKind.Retweet):N0}, text {table.ShareCount(ShareKind.Text):N0} " +
            $"({table.ObjectCount(ShareKind.Text):N0} distinct), signed texts {table.ShareCount(ShareKind.SimilarText):N0}; " +
            $"managed heap {tableHeap / 1e9:F2} GB");

        foreach (var windows in settings.Windows)
        {
            BuildGraph(table, options with { Windows = windows }, settings, generation, tableSeconds);
        }

        return 0;
    }

    private static void BuildGraph(ShareTable table, CoordinationOptions options, Settings settings, double generation, double tableSeconds)
    {
        Console.WriteLine($"windows {string.Join(',', options.Windows.Select(w => w.TotalSeconds))} s:");
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var clock = Stopwatch.StartNew();
        using var sampler = new MemorySampler();
        var cpuStart = ProcessorTime();
        var cpuLap = cpuStart;
        var phases = new List<(string Stage, TimeSpan Wall, TimeSpan Cpu)>();
        var graph = CoordinationGraphBuilder.Build(table, options, (stage, wall) =>
        {
            var now = ProcessorTime();
            phases.Add((stage, wall, now - cpuLap));
            cpuLap = now;
        }, CancellationToken.None);
        var graphSeconds = clock.Elapsed.TotalSeconds;
        var graphCpu = (ProcessorTime() - cpuStart).TotalSeconds;
        var peakDuringGraph = sampler.Stop();
        Console.WriteLine($"graph building: {graphSeconds:F2} s wall, {graphCpu:F2} s CPU (all threads); peak working set during it " +
            $"{peakDuringGraph / 1e9:F2} GB (managed heap {sampler.PeakManaged / 1e9:F2} GB); process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB; " +
            $"warnings {graph.Warnings.Count}; load average {LoadAverage()}");
        foreach (var (stage, wall, cpu) in phases)
        {
            Console.WriteLine($"  {stage,-40} {wall.TotalSeconds,6:F2} s wall {cpu.TotalSeconds,6:F2} s CPU");
        }

        foreach (var layer in graph.Layers)
        {
            Console.WriteLine($"  {layer.Kind,-12} {layer.Window.TotalSeconds,6} s  pairs {layer.CandidatePairs,13:N0}  " +
                $"edges {layer.CandidateEdges,12:N0}  kept {layer.Edges.Count,10:N0}  kept pairs {layer.Edges.Sum(e => e.PairCount),12:N0}");
        }

        if (settings.PerKind)
        {
            foreach (var kind in options.Kinds)
            {
                clock.Restart();
                CoordinationGraphBuilder.Build(table, options with { Kinds = [kind] });
                Console.WriteLine($"  {kind} alone: {clock.Elapsed.TotalSeconds:F2} s");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH {{\"posts\": {settings.Posts}, \"generation_s\": {generation:F3}, \"table_s\": {tableSeconds:F3}, " +
            $"\"graph_s\": {graphSeconds:F3}, \"graph_cpu_s\": {graphCpu:F3}, \"graph_peak_ws_gb\": {peakDuringGraph / 1e9:F3}, " +
            $"\"graph_peak_managed_gb\": {sampler.PeakManaged / 1e9:F3}, " +
            $"\"process_peak_ws_gb\": {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F3}}}"));
    }

    internal static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private sealed record Settings(int Posts, int Accounts, int Seed, int Threads, TimeSpan[][] Windows, ShareKind[] Kinds, bool PerKind, bool TimeGeneration)
    {
        public static Settings Parse(string[] args)
        {
            var settings = new Settings(
                10_000_000, 500_000, 42, Environment.ProcessorCount,
                [[TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), TimeSpan.FromHours(1)]],
                [ShareKind.Retweet, ShareKind.Text, ShareKind.SimilarText],
                PerKind: false,
                TimeGeneration: true);
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                settings = args[i] switch
                {
                    "--posts" => settings with { Posts = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--accounts" => settings with { Accounts = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--seed" => settings with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--threads" => settings with { Threads = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--windows" => settings with
                    {
                        Windows = Next().Split(';').Select(set => set.Split(',')
                            .Select(w => TimeSpan.FromSeconds(double.Parse(w, CultureInfo.InvariantCulture))).ToArray()).ToArray(),
                    },
                    "--kinds" => settings with
                    {
                        Kinds = Next().Split(',').Select(k => k switch
                        {
                            "retweet" => ShareKind.Retweet,
                            "text" => ShareKind.Text,
                            "similar" => ShareKind.SimilarText,
                            _ => Enum.Parse<ShareKind>(k, ignoreCase: true),
                        }).ToArray(),
                    },
                    "--per-kind" => settings with { PerKind = true },
                    "--no-generation-timing" => settings with { TimeGeneration = false },
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            }

            return settings;
        }
    }
}
