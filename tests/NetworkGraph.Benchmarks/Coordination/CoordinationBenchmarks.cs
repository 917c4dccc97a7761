using BenchmarkDotNet.Attributes;
using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Benchmarks.Coordination;

/// Graph building on a 500,000-post synthetic share table (the scale runner, `coordination`, measures 10 M posts).
/// Run: dotnet run -c Release --project tests/NetworkGraph.Benchmarks -- --filter '*CoordinationBenchmarks*' --job short
[MemoryDiagnoser]
public class CoordinationBenchmarks
{
    private ShareTable _table = null!;

    [Params(60, 3600)]
    public int WindowSeconds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new ShareTableBuilder(new ShareTableOptions
        {
            Kinds = [ShareKind.Retweet, ShareKind.Text, ShareKind.SimilarText],
            CollectInteractions = false,
        });
        builder.AddRange(new SyntheticPosts(500_000, 50_000, 7, TimeSpan.FromDays(3)).Generate());
        _table = builder.Build();
    }

    [Benchmark]
    public int CoRetweet() => Build(ShareKind.Retweet);

    [Benchmark]
    public int CoTweet() => Build(ShareKind.Text);

    [Benchmark]
    public int NearDuplicate() => Build(ShareKind.SimilarText);

    private int Build(ShareKind kind) => CoordinationGraphBuilder
        .Build(_table, new CoordinationOptions { Kinds = [kind], Windows = [TimeSpan.FromSeconds(WindowSeconds)] })
        .Layers[0].Edges.Count;
}
