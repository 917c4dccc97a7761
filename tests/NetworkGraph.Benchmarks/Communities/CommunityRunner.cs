using System.Diagnostics;
using System.Globalization;
using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Communities.Leiden;
using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.IO;

namespace NetworkGraph.Benchmarks.Communities;

/// The bench-kit runner protocol: `leiden-runner EDGES OUT [--seed S] [--algorithm A] [--quality Q]
/// [--resolution R] [--iterations N] [--threads T] [--trace]`; reads EDGES, writes `node community` lines to OUT and
/// prints one `BENCH {"load_s": .., "detect_s": .., "write_s": ..}` line (see /work/shared/bench/README.md).
/// --trace prints one line per Leiden level (size, moves, wall and CPU time) on stderr.
internal static class CommunityRunner
{
    public const string Mode = "leiden-runner";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync($"usage: {Mode} EDGES OUT [--seed S] [--algorithm leiden|louvain|lpa|components] "
                + "[--quality modularity|cpm] [--resolution R] [--iterations N] [--threads T] [--trace]");
            return 2;
        }

        var rest = args.AsSpan(2).ToArray();
        if (rest.Contains("--trace"))
        {
            MultilevelOptimizer.Trace = line => Console.Error.WriteLine(line);
            rest = [.. rest.Where(a => a != "--trace")];
        }

        var options = ParseOptions(rest);
        var clock = Stopwatch.StartNew();
        var graph = await LoadAsync(args[0], options.Threads);
        var load = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var partition = CommunityDetector.Detect(graph, options);
        var detect = clock.Elapsed.TotalSeconds;

        clock.Restart();
        await EdgeListWriter.WriteMembershipAsync(args[1], partition.Membership);
        var write = clock.Elapsed.TotalSeconds;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH {{\"load_s\": {load:F4}, \"detect_s\": {detect:F4}, \"write_s\": {write:F4}, "
            + $"\"ours_communities\": {partition.CommunityCount}, \"ours_quality\": {partition.Quality:F6}, "
            + $"\"ours_modularity\": {partition.Modularity:F6}, \"ours_iterations\": {partition.Iterations}, "
            + $"\"ours_threads\": {(options.Threads == 0 ? Environment.ProcessorCount : options.Threads)}}}"));
        return 0;
    }

    /// Separate so that the edge arrays are garbage once the graph is built.
    private static async Task<CsrGraph> LoadAsync(string path, int threads) =>
        CsrGraph.FromEdgeList(await EdgeListReader.ReadAsync(path, threads, CancellationToken.None), threads);

    private static CommunityOptions ParseOptions(ReadOnlySpan<string> rest)
    {
        var options = new CommunityOptions();
        for (var i = 0; i + 1 < rest.Length; i += 2)
        {
            var value = rest[i + 1];
            options = rest[i] switch
            {
                "--seed" => Copy(options, seed: int.Parse(value, CultureInfo.InvariantCulture)),
                "--algorithm" => Copy(options, algorithm: value switch
                {
                    "leiden" => CommunityAlgorithm.Leiden,
                    "louvain" => CommunityAlgorithm.Louvain,
                    "lpa" => CommunityAlgorithm.LabelPropagation,
                    "components" => CommunityAlgorithm.Components,
                    _ => throw new ArgumentException($"unknown algorithm '{value}'"),
                }),
                "--quality" => Copy(options, quality: value == "cpm" ? QualityFunction.Cpm : QualityFunction.Modularity),
                "--resolution" => Copy(options, resolution: double.Parse(value, CultureInfo.InvariantCulture)),
                "--iterations" => Copy(options, iterations: int.Parse(value, CultureInfo.InvariantCulture)),
                "--threads" => Copy(options, threads: int.Parse(value, CultureInfo.InvariantCulture)),
                _ => throw new ArgumentException($"unknown option '{rest[i]}'"),
            };
        }

        return options;
    }

    private static CommunityOptions Copy(CommunityOptions o, int? seed = null, CommunityAlgorithm? algorithm = null,
        QualityFunction? quality = null, double? resolution = null, int? iterations = null, int? threads = null) => new()
    {
        Seed = seed ?? o.Seed,
        Algorithm = algorithm ?? o.Algorithm,
        Quality = quality ?? o.Quality,
        Resolution = resolution ?? o.Resolution,
        MaxIterations = iterations ?? o.MaxIterations,
        Threads = threads ?? o.Threads,
    };
}
