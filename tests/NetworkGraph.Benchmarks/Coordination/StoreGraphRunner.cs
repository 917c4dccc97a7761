using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Text;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Benchmarks.Coordination;

/// <summary>Runner mode for the analysis' share table and graphs on a real store (a benchmark, not a test):
/// <c>store-graphs --db STORE [--threads T] [--signatures FILE]</c> streams the store's posts as column chunks into a
/// share table with analyze's default kinds and windows, then builds the graphs, printing the CPU and wall time of the
/// table and of each graph phase, and a digest of the graph (to compare two builds). With <c>--signatures FILE</c> it
/// writes the table's MinHash signatures there; <c>near-duplicates --signatures FILE [--repeat N]</c> then times
/// near-duplicate clustering alone on them and prints a digest of the groups.</summary>
internal static class StoreGraphRunner
{
    public const string Mode = "store-graphs";

    public const string NearDuplicateMode = "near-duplicates";

    public static async Task<int> RunAsync(string[] args)
    {
        var db = Option(args, "--db") ?? throw new ArgumentException("--db STORE is required");
        var threads = int.Parse(Option(args, "--threads") ?? "2", CultureInfo.InvariantCulture);
        var options = new CoordinationOptions
        {
            Kinds = [ShareKind.Text, ShareKind.SimilarText, ShareKind.Retweet, ShareKind.Url],
            Windows = [TimeSpan.FromSeconds(60), TimeSpan.FromHours(1)],
            Seed = 42,
            MaxDegreeOfParallelism = threads,
        };
        using var store = SqliteStore.Open(db);
        var builder = new ShareTableBuilder(new ShareTableOptions
        {
            Kinds = options.Kinds,
            CollectInteractions = false,
            MaxDegreeOfParallelism = threads,
        });
        var cpu = CoordinationRunner.ProcessorTime();
        var adding = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        await foreach (var batch in store.ReadPostBatchesAsync(PostBatchColumns.Text | PostBatchColumns.Urls))
        {
            var before = clock.Elapsed;
            builder.AddBatch(batch);
            adding += clock.Elapsed - before;
        }

        var table = builder.Build();
        Console.WriteLine($"share table: {clock.Elapsed.TotalSeconds:F2} s wall with the read ({adding.TotalSeconds:F2} s adding batches), " +
            $"{(CoordinationRunner.ProcessorTime() - cpu).TotalSeconds:F2} s CPU; {table.PostCount:N0} posts, " +
            $"{table.ObjectCount(ShareKind.Text):N0} distinct texts, {table.Signatures.Count:N0} signatures; load {CoordinationRunner.LoadAverage()}");
        if (Option(args, "--signatures") is { } path)
        {
            await using var file = File.Create(path);
            for (var i = 0; i < table.Signatures.Count; i++)
            {
                file.Write(table.Signatures[i]);
            }
        }

        var start = CoordinationRunner.ProcessorTime();
        var last = start;
        clock.Restart();
        var graph = CoordinationGraphBuilder.Build(table, options, (stage, wall) =>
        {
            var now = CoordinationRunner.ProcessorTime();
            Console.WriteLine($"  {stage,-40} {wall.TotalSeconds,6:F2} s wall {(now - last).TotalSeconds,6:F2} s CPU");
            last = now;
        }, CancellationToken.None);
        Console.WriteLine($"graphs: {clock.Elapsed.TotalSeconds:F2} s wall, {(CoordinationRunner.ProcessorTime() - start).TotalSeconds:F2} s CPU; " +
            $"peak working set {Environment.WorkingSet >> 20} MB now, process peak {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MB");
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var layer in graph.Layers)
        {
            Console.WriteLine($"  {layer.Kind,-12} {layer.Window.TotalSeconds,6} s  pairs {layer.CandidatePairs,13:N0}  edges {layer.Edges.Count,10:N0}");
            foreach (var e in layer.Edges)
            {
                digest.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                    $"{layer.Kind}|{layer.Window}|{e.Source}|{e.Target}|{e.PairCount}|{e.Weight:R}|{e.MeanDeltaSeconds:R}|{e.MinDeltaSeconds:R}|{e.First:O}|{e.Last:O}|{e.SourcePosts}|{e.TargetPosts}|{string.Join(",", e.Evidence?.Select(p => p.ToString()) ?? [])}\n")));
            }
        }

        Console.WriteLine($"digest {Convert.ToHexString(digest.GetHashAndReset())[..16]}");
        return 0;
    }

    public static int RunNearDuplicates(string[] args)
    {
        var path = Option(args, "--signatures") ?? throw new ArgumentException("--signatures FILE is required");
        var repeat = int.Parse(Option(args, "--repeat") ?? "1", CultureInfo.InvariantCulture);
        var threads = int.Parse(Option(args, "--threads") ?? "2", CultureInfo.InvariantCulture);
        var store = new SignatureStore();
        var bytes = File.ReadAllBytes(path);
        for (var offset = 0; offset < bytes.Length; offset += MinHashOptions.SignatureLength)
        {
            store.Add(bytes.AsSpan(offset, MinHashOptions.SignatureLength));
        }

        bytes = null;
        var clusterer = new NearDuplicateClusterer(new MinHashOptions(), new CoordinationOptions().SimilarityThreshold, threads);
        for (var r = 0; r < repeat; r++)
        {
            GC.Collect();
            var cpu = CoordinationRunner.ProcessorTime();
            var clock = Stopwatch.StartNew();
            var candidates = clusterer.FindCandidates(store, CancellationToken.None);
            var findWall = clock.Elapsed.TotalSeconds;
            var findCpu = (CoordinationRunner.ProcessorTime() - cpu).TotalSeconds;
            var groups = RepresentativeGroups.Form(candidates, store, new CoordinationOptions().SimilarityThreshold);
            var wall = clock.Elapsed.TotalSeconds;
            var total = (CoordinationRunner.ProcessorTime() - cpu).TotalSeconds;
            var bytesOut = new byte[groups.Length * 4];
            Buffer.BlockCopy(groups, 0, bytesOut, 0, bytesOut.Length);
            Console.WriteLine($"{store.Count:N0} signatures: candidates {findWall:F2} s wall {findCpu:F2} s CPU, total {wall:F2} s wall " +
                $"{total:F2} s CPU; groups digest {Convert.ToHexString(SHA256.HashData(bytesOut))[..16]}; load {CoordinationRunner.LoadAverage()}");
        }

        return 0;
    }

    /// <summary>The value after <paramref name="name"/> in <paramref name="args"/>, or null.</summary>
    internal static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
