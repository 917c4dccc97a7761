using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.App.Neo4j;
using NetworkGraph.Benchmarks.Coordination;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Benchmarks.Neo4j;

/// <summary>Runner mode for what a Neo4j push reads, without a server (a benchmark, not a test): <c>push-source --db
/// STORE [--snapshot latest]</c> loads the push's content as <c>neo4j push</c> does and reads every coordination and
/// interaction row it would send, then prints wall and CPU time, the peak working set and a digest of the rows (to
/// compare two builds).</summary>
internal static class PushSourceRunner
{
    public const string Mode = "push-source";

    public static async Task<int> RunAsync(string[] args)
    {
        var db = StoreGraphRunner.Option(args, "--db") ?? throw new ArgumentException("--db STORE is required");
        var snapshot = SnapshotSelector.Parse(StoreGraphRunner.Option(args, "--snapshot") ?? "latest");
        await using var store = SqliteStore.Open(db);
        var cpu = CoordinationRunner.ProcessorTime();
        var clock = Stopwatch.StartNew();
        var content = await new Neo4jPushSource(store).LoadAsync(snapshot, posts: false, CancellationToken.None);
        var loaded = clock.Elapsed;
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0L;
        await foreach (var r in content.Coordination.ReadAsync(CancellationToken.None))
        {
            rows++;
            digest.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{r.Type}|{r.SourceId}|{r.TargetId}|{r.Weight:R}|{r.DtMinSeconds:R}|{r.DtMeanSeconds:R}|{r.FirstAt:O}|{r.LastAt:O}|{string.Join(',', r.Evidence)}|{r.Kind}|{r.Pairs}\n")));
        }

        await foreach (var r in content.Interactions.ReadAsync(CancellationToken.None))
        {
            rows++;
            digest.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{r.Type}|{r.SourceId}|{r.TargetId}|{r.Count}|{r.FirstAt:O}|{r.LastAt:O}\n")));
        }

        Console.WriteLine($"push source: {rows:N0} coordination and interaction rows, loaded in {loaded.TotalSeconds:F2} s, read in " +
            $"{clock.Elapsed.TotalSeconds:F2} s wall, {(CoordinationRunner.ProcessorTime() - cpu).TotalSeconds:F2} s CPU, process peak " +
            $"{Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MB; digest {Convert.ToHexString(digest.GetHashAndReset())[..16]}");
        return 0;
    }
}
