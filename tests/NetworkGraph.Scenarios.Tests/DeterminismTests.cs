using System.IO.Compression;
using System.Security.Cryptography;
using NetworkGraph.Scenarios;

namespace NetworkGraph.Scenarios.Tests;

public sealed class DeterminismTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ng-determinism-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_same_seed_gives_byte_identical_files()
    {
        var a = Generate("a", Small(11));
        var b = Generate("b", Small(11));
        Assert.Equal(Hashes(a), Hashes(b));
    }

    [Fact]
    public void The_number_of_formatting_threads_does_not_change_the_bytes()
    {
        var one = Small(11);
        one.FormatWorkers = 1;
        var three = Small(11);
        three.FormatWorkers = 3;
        Assert.Equal(Hashes(Generate("one", one)), Hashes(Generate("three", three)));
    }

    [Fact]
    public void Another_seed_gives_different_files()
    {
        var a = Generate("a", Small(11));
        var b = Generate("b", Small(12));
        Assert.All(Hashes(a).Zip(Hashes(b)).Take(3), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Gzip_output_decompresses_to_the_plain_files()
    {
        var plain = Generate("plain", Small(5));
        var options = Small(5);
        options.Gzip = true;
        var gz = Generate("gz", options);
        Assert.EndsWith(".csv.gz", gz.TweetsPath, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(plain.TweetsPath), Decompress(gz.TweetsPath));
        Assert.Equal(File.ReadAllBytes(plain.UsersPath), Decompress(gz.UsersPath));
    }

    [Fact]
    public void A_cancelled_token_stops_the_generation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new ScenarioGenerator().Generate(Small(1), Path.Combine(_root, "c"), null, cts.Token));
    }

    [Fact]
    public void Small_scenarios_scale_the_operation_and_decoys_down_to_fit()
    {
        var options = Small(3);
        options.Posts = 5_000;
        var summary = Generate("tiny", options);
        Assert.Equal(5_000, summary.TotalPosts);
        Assert.InRange(summary.Operation.Posts + summary.Decoy.Posts, 1, 5_000 * options.MaxNonOrganicShare * 1.2);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static ScenarioOptions Small(long seed) => new()
    {
        Seed = seed,
        OrganicAccounts = 500,
        OperationAccounts = 60,
        FanAccounts = 30,
        NewsJunkieAccounts = 30,
        LiveTweetAccounts = 30,
        Posts = 12_000,
    };

    private ScenarioSummary Generate(string name, ScenarioOptions options) =>
        new ScenarioGenerator().Generate(options, Path.Combine(_root, name), null, CancellationToken.None);

    private static string[] Hashes(ScenarioSummary s) =>
        [Hash(s.TweetsPath), Hash(s.UsersPath), Hash(s.TruthPath), Hash(s.CampaignsPath)];

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static byte[] Decompress(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }
}
