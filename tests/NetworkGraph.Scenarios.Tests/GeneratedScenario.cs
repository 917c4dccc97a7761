using System.Globalization;
using NetworkGraph.Scenarios;
using NetworkGraph.Scenarios.Tests.Support;

namespace NetworkGraph.Scenarios.Tests;

/// <summary>One small scenario generated and read back once (through the strict reader) for all the scenario tests.</summary>
public sealed class GeneratedScenario : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ng-scenario-" + Guid.NewGuid().ToString("N"));

    public GeneratedScenario()
    {
        Options = new ScenarioOptions { Seed = 7, OrganicAccounts = 3_000, Posts = 220_000 };
        var progress = new LastValue();
        Summary = new ScenarioGenerator().Generate(Options, _directory, progress, CancellationToken.None);
        LastProgress = progress.Value;
        Users = StrictArchiveReader.ReadUsers(Summary.UsersPath).ToDictionary(u => u.UserId);
        Tweets = StrictArchiveReader.ReadTweets(Summary.TweetsPath, Users);
        Truth = File.ReadLines(Summary.TruthPath).Skip(1).Select(line => line.Split(',')).ToDictionary(
            f => f[0],
            f => new TruthRow(f[1], f[2].Length == 0 ? [] : f[2].Split(';').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(), f[3]));
        TweetsById = Tweets.ToDictionary(t => t.TweetId);
    }

    public ScenarioOptions Options { get; }

    public ScenarioSummary Summary { get; }

    public long LastProgress { get; }

    public Dictionary<string, ArchiveUser> Users { get; }

    public List<ArchiveTweet> Tweets { get; }

    public Dictionary<string, ArchiveTweet> TweetsById { get; }

    public Dictionary<string, TruthRow> Truth { get; }

    public string Role(ArchiveTweet t) => Truth[t.UserId].Role;

    public string Community(string userId) => Truth[userId].Community;

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    public sealed record TruthRow(string Role, int[] Campaigns, string Community);

    private sealed class LastValue : IProgress<long>
    {
        public long Value { get; private set; }

        public void Report(long value) => Value = value;
    }
}

[CollectionDefinition(Name)]
public sealed class GeneratedScenarioCollection : ICollectionFixture<GeneratedScenario>
{
    public const string Name = "generated scenario";
}
