using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Benchmarks.Coordination;

/// <summary>Runner mode for the analysis' first read alone (a benchmark, not a test): <c>store-read --db STORE
/// [--columns text,urls,hashtags,mentions] [--digest]</c> streams the store's posts as column chunks, as analyze's
/// reader thread does, and prints the read's CPU and wall time and peak working set; with <c>--digest</c> also a digest
/// of every row's fields (to compare two readers).</summary>
internal static class StoreReadRunner
{
    public const string Mode = "store-read";

    public static async Task<int> RunAsync(string[] args)
    {
        var db = StoreGraphRunner.Option(args, "--db") ?? throw new ArgumentException("--db STORE is required");
        var columns = PostBatchColumns.None;
        foreach (var name in (StoreGraphRunner.Option(args, "--columns") ?? "text,urls").Split(','))
        {
            columns |= Enum.Parse<PostBatchColumns>(name, ignoreCase: true);
        }

        var digest = args.Contains("--digest") ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        using var store = SqliteStore.Open(db);
        var cpu = CoordinationRunner.ProcessorTime();
        var clock = Stopwatch.StartNew();
        var first = TimeSpan.Zero;
        var rows = 0L;
        var line = new StringBuilder();
        await foreach (var batch in store.ReadPostBatchesAsync(columns))
        {
            if (rows == 0)
            {
                first = clock.Elapsed;
            }

            rows += batch.Count;
            if (digest is not null)
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    line.Clear();
                    line.Append(CultureInfo.InvariantCulture, $"{batch.IdOf(i)}|{batch.AuthorKeys[i]}|{batch.AuthorIds[i]}|{batch.UnixSeconds[i]}|{batch.Kinds[i]}|");
                    line.Append(CultureInfo.InvariantCulture, $"{batch.ReferencedIdOf(i)}|{batch.ReferencedAuthorIds[i]}|{batch.HasText(i)}|").Append(batch.TextOf(i));
                    line.Append('|').AppendJoin(',', batch.Hashtags.ValuesOf(i)).Append('|').AppendJoin(',', batch.Urls.ValuesOf(i));
                    line.Append('|').AppendJoin(',', batch.Mentions.ValuesOf(i)).Append('\n');
                    digest.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
                }
            }
        }

        Console.WriteLine($"read {rows:N0} posts ({columns}): {clock.Elapsed.TotalSeconds:F2} s wall (first chunk after {first.TotalSeconds:F2} s), " +
            $"{(CoordinationRunner.ProcessorTime() - cpu).TotalSeconds:F2} s CPU, process peak {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MB; " +
            $"load {CoordinationRunner.LoadAverage()}" + (digest is null ? string.Empty : $"; digest {Convert.ToHexString(digest.GetHashAndReset())[..16]}"));
        return 0;
    }
}
