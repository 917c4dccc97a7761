using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Json;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Benchmarks.Ingestion;

/// Newtonsoft.Json against System.Text.Json on the JSON ingestion hot path, on seeded realistic input
/// (<see cref="TwitterJsonCorpus"/>). Every figure is per tweet (tweets/s = 1e9 / mean ns).
/// - parse+walk: parse a line and read every field the readers read, strings materialised, with each library;
/// - reader: the real V2Reader / V1Reader filling IngestBatch (no store) on 100,000 tweets of JSON lines, and on the
///   same v1.1 tweets as one pretty-printed JSON array (whole-document mode).
/// Measured on the shared 2-core dev box (short job, noisy: +-10 %), ns per tweet: v2 reader 58,219 with Newtonsoft
/// (JToken per line, commit 684cf80) -> 15,281 with System.Text.Json (3.8x); v1.1 reader 37,093 -> 15,997 (2.3x);
/// v1.1 pretty-printed array 18,898; parse+walk v2 43,007 -> 9,816 (4.4x), v1.1 31,412 -> 10,764 (2.9x);
/// allocated per tweet 62 KB -> 1.1 KB (readers).
/// Run: dotnet run -c Release --project tests/NetworkGraph.Benchmarks --artifacts-path /tmp/ng-json -- --filter '*JsonParsing*' --job short
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class JsonParsingBenchmarks
{
    private const int WalkTweets = 20_000;
    private const int ReaderTweets = 100_000;
    private static readonly BatchLimits Limits = new(50_000, 16 << 20, TimeRange.Until(TimeProvider.System));
    private readonly IngestBatch _batch = new();
    private byte[][] _v2Pages = null!;
    private byte[][] _v1Tweets = null!;
    private byte[] _v2File = null!;
    private byte[] _v1File = null!;
    private byte[] _v1Array = null!;

    [GlobalSetup]
    public void Setup()
    {
        _v2Pages = Lines(new TwitterJsonCorpus(1).V2Pages(WalkTweets));
        _v1Tweets = Lines(new TwitterJsonCorpus(2).V1Lines(WalkTweets));
        _v2File = new TwitterJsonCorpus(3).V2Pages(ReaderTweets);
        _v1File = new TwitterJsonCorpus(4).V1Lines(ReaderTweets);
        _v1Array = new TwitterJsonCorpus(4).V1Array(ReaderTweets, indented: true);
        if (V2Newtonsoft() != V2SystemTextJson() || V1Newtonsoft() != V1SystemTextJson())
        {
            throw new InvalidOperationException("the two walks read different values");
        }

        Console.WriteLine($"// v2 pages: {_v2File.Length / (double)ReaderTweets:F0} bytes per tweet; v1.1: {_v1File.Length / (double)ReaderTweets:F0}");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = WalkTweets)]
    [BenchmarkCategory("v2 parse+walk")]
    public long V2Newtonsoft() => _v2Pages.Sum(line => NewtonsoftWalk.V2Page(line));

    [Benchmark(OperationsPerInvoke = WalkTweets)]
    [BenchmarkCategory("v2 parse+walk")]
    public long V2SystemTextJson() => _v2Pages.Sum(line => SystemTextJsonWalk.V2Page(line));

    [Benchmark(Baseline = true, OperationsPerInvoke = WalkTweets)]
    [BenchmarkCategory("v1 parse+walk")]
    public long V1Newtonsoft() => _v1Tweets.Sum(line => NewtonsoftWalk.V1Tweet(line));

    [Benchmark(OperationsPerInvoke = WalkTweets)]
    [BenchmarkCategory("v1 parse+walk")]
    public long V1SystemTextJson() => _v1Tweets.Sum(line => SystemTextJsonWalk.V1Tweet(line));

    [Benchmark(OperationsPerInvoke = ReaderTweets)]
    [BenchmarkCategory("reader")]
    public long V2ReaderLines() => ReadAll(new V2Reader(JsonUnits.Open(new MemoryStream(_v2File), 0, 1), "v2.jsonl", Limits));

    [Benchmark(OperationsPerInvoke = ReaderTweets)]
    [BenchmarkCategory("reader")]
    public long V1ReaderLines() => ReadAll(new V1Reader(JsonUnits.Open(new MemoryStream(_v1File), 0, 1), "v1.jsonl", Limits));

    [Benchmark(OperationsPerInvoke = ReaderTweets)]
    [BenchmarkCategory("reader")]
    public long V1ReaderPrettyArray() => ReadAll(new V1Reader(JsonUnits.Open(new MemoryStream(_v1Array), 0, 1), "v1.json", Limits));

    private static byte[][] Lines(byte[] jsonLines)
    {
        var lines = new List<byte[]>();
        for (var rest = jsonLines.AsSpan(); !rest.IsEmpty;)
        {
            var end = rest.IndexOf((byte)'\n');
            lines.Add(rest[..end].ToArray());
            rest = rest[(end + 1)..];
        }

        return [.. lines];
    }

    private long ReadAll(IBatchReader reader)
    {
        using (reader)
        {
            long rows = 0;
            while (true)
            {
                _batch.Reset();
                if (!reader.Fill(_batch, CancellationToken.None))
                {
                    return rows;
                }

                rows += _batch.RowsRead - _batch.Rejects.Count;
            }
        }
    }
}
