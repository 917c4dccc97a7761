using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Archive;

public sealed class ArchiveHeaderTests
{
    private const string Row = "u1,name1,hello,2023-07-10 09:15\n";

    [Theory]
    [InlineData(InputFormat.Auto)]
    [InlineData(InputFormat.Archive)]
    public void A_tweets_file_without_tweetid_is_an_error_naming_the_file_and_the_column(InputFormat format)
    {
        var path = Write("no_tweetid.csv", "userid,user_screen_name,tweet_text,tweet_time\n" + Row);

        var error = Assert.Throws<IngestInputException>(() => FormatDetector.Detect(new InputFile(path), format));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("'tweetid'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tweets_file_without_tweet_time_is_an_error_naming_the_column()
    {
        var path = Write("no_time.csv", "tweetid,userid,user_screen_name,tweet_text\n1,u1,name1,hello\n");

        var error = Assert.Throws<IngestInputException>(() => FormatDetector.Detect(new InputFile(path), InputFormat.Auto));

        Assert.Contains("'tweet_time'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_that_repeats_a_column_is_an_error_naming_the_file_and_the_column()
    {
        var path = Write("twice.csv", "tweetid,userid,tweet_text,tweet_time,tweet_text\n1,u1,first,2023-07-10 09:15,second\n");

        var error = Assert.Throws<IngestInputException>(() => FormatDetector.Detect(new InputFile(path), InputFormat.Auto));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("'tweet_text'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tweets_file_without_tweetid_fails_the_run_instead_of_dropping_its_tweets()
    {
        var path = Write("no_tweetid.csv", "userid,user_screen_name,tweet_text,tweet_time\n" + Row);

        var run = await IngestRun.OfAsync(path);

        Assert.True(run.Report.HasFailures);
        Assert.Contains("'tweetid'", run.Report.Files.Single().Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_file_is_still_a_users_file()
    {
        var path = Write("users.csv", "userid,user_screen_name,user_display_name\nu1,name1,Name\n");

        Assert.Equal(FileLayout.ArchiveUsers, FormatDetector.Detect(new InputFile(path), InputFormat.Archive));
    }

    private static string Write(string name, string content)
    {
        var path = Path.Combine(IngestFixtures.TempFolder(), name);
        File.WriteAllText(path, content);
        return path;
    }
}
