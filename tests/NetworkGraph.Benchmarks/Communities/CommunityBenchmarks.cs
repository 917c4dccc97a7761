using BenchmarkDotNet.Attributes;
using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Benchmarks.Communities;

/// <summary>In-process timings of every algorithm on a 100k-node planted-partition graph (~1M edges).
/// Run: <c>dotnet run -c Release --project tests/NetworkGraph.Benchmarks -- --filter *CommunityBenchmarks*</c>.
/// The side-by-side comparison with igraph is scripts/bench-communities.sh.</summary>
[MemoryDiagnoser]
public class CommunityBenchmarks
{
    private CsrGraph _graph = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _graph = PlantedPartition.Create(nodes: 100_000, degree: 20, mixing: 0.35, seed: 42);

    [Benchmark(Baseline = true)]
    public Partition Leiden() => Run(CommunityAlgorithm.Leiden);

    [Benchmark]
    public Partition Louvain() => Run(CommunityAlgorithm.Louvain);

    [Benchmark]
    public Partition LabelPropagation() => Run(CommunityAlgorithm.LabelPropagation);

    [Benchmark]
    public Partition Components() => Run(CommunityAlgorithm.Components);

    private Partition Run(CommunityAlgorithm algorithm) => CommunityDetector.Detect(_graph,
        new CommunityOptions { Algorithm = algorithm, Seed = 1, MaxIterations = 2, Threads = Threads });
}
