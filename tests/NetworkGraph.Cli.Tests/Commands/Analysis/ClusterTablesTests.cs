using NetworkGraph.Cli.Commands.Analysis;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.TestSupport;
using Spectre.Console;

namespace NetworkGraph.Cli.Tests.Commands.Analysis;

/// <summary>What analyze says about its communities: how many became clusters, and no NaN for an empty graph. The
/// end-to-end tests swap the process-wide console, so they run in the serial collection.</summary>
[Collection(SerialCliCollection.Name)]
public sealed class ClusterTablesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-cluster-tables-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Says_how_many_communities_were_kept_as_clusters_and_how_many_were_too_small()
    {
        Assert.Equal(
            "557 (modularity 0.4417), 27 of at least 3 accounts kept as clusters, 530 smaller dropped",
            ClusterTables.Communities(557, 0.44171, 27, 3));
        Assert.Equal("2 (modularity 0.2500), 2 of at least 3 accounts kept as clusters", ClusterTables.Communities(2, 0.25, 2, 3));
    }

    [Theory]
    [InlineData(0, double.NaN)]
    [InlineData(4, double.NaN)]
    public void Says_there_were_no_coordination_edges_instead_of_a_modularity_of_NaN(int communities, double modularity)
    {
        Assert.Equal("none, no coordination edges", ClusterTables.Communities(communities, modularity, 0, 3));
    }

    [Fact]
    public async Task Analyze_says_that_a_pair_below_the_minimum_size_was_dropped()
    {
        // A copy-pasting trio (one cluster) and a copy-pasting pair (a community too small to be a cluster).
        var output = await AnalyzeAsync(RepositoryPaths.Combine("tests", "fixtures", "real-data", "pair-outside-clusters_tweets_csv_hashed.csv"));

        Assert.Contains("1 of at least 3 accounts kept as clusters, 1 smaller dropped", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_of_a_store_without_coordination_says_so_instead_of_printing_NaN()
    {
        var tweets = Path.Combine(_dir, "lone_tweets.csv");
        await File.WriteAllTextAsync(tweets, "tweetid,userid,user_screen_name,tweet_language,tweet_text,tweet_time,is_retweet,hashtags,urls,user_mentions\n1,a,a,en,alone here,2017-07-01 12:00,False,[],[],[]\n");

        var output = await AnalyzeAsync(tweets);

        Assert.Contains("Communities: none, no coordination edges;", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", output, StringComparison.Ordinal);
    }

    // Ingests the file into a new store, then runs analyze with the console captured; returns what it printed.
    private async Task<string> AnalyzeAsync(string input)
    {
        var db = Path.Combine(_dir, "s.db");
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["ingest", input, "--db", db]));
        var saved = AnsiConsole.Console;
        using var writer = new StringWriter();
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        try
        {
            Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["analyze", "--db", db]));
        }
        finally
        {
            AnsiConsole.Console = saved;
        }

        return writer.ToString();
    }
}
