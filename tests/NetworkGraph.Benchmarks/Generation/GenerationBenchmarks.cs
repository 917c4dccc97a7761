using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NetworkGraph.Scenarios;

namespace NetworkGraph.Benchmarks.Generation;

/// <summary>
/// Scenario generation at 1 M posts (plain and gzip). Each invocation writes a full dataset, so the job runs few
/// iterations. Run with <c>dotnet run -c Release --project tests/NetworkGraph.Benchmarks -- --filter *GenerationBenchmarks*</c>;
/// the 10 M figure comes from the runner mode: <c>-- generate --posts 10000000</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GenerationBenchmarks
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ng-generation-benchmark");

    [Params(false, true)]
    public bool Gzip { get; set; }

    [Benchmark]
    public long OneMillionPosts() =>
        new ScenarioGenerator().Generate(new ScenarioOptions { Posts = 1_000_000, Gzip = Gzip }, _directory, null, CancellationToken.None).TotalPosts;

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
