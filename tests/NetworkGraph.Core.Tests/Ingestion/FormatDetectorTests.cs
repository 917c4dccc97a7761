using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("archive_tweets.csv", "archive tweets")]
    [InlineData("archive_tweets_release2.csv", "archive tweets")]
    [InlineData("archive_users.csv", "archive users")]
    [InlineData("v2_pages.jsonl", "v2")]
    [InlineData("v2_flattened.jsonl", "v2")]
    [InlineData("v1_tweets.jsonl", "v1")]
    [InlineData("v2_page_pretty.json", "v2")]
    [InlineData("v1_tweets_array.json", "v1")]
    [InlineData("shares.csv", "shares")]
    [InlineData("shares_nokind.tsv", "shares")]
    [InlineData("shares_wide.csv", "shares")]
    public void Recognises_each_format_from_its_first_bytes(string fixture, string expected)
    {
        var layout = FormatDetector.Detect(new InputFile(IngestFixtures.Path(fixture)), InputFormat.Auto);

        Assert.Equal(expected, FormatDetector.Name(layout));
    }

    [Fact]
    public void Recognises_a_gzipped_file_by_its_magic_bytes()
    {
        var gz = IngestFixtures.Gzip("v1_tweets.jsonl", IngestFixtures.TempFolder());

        Assert.Equal(FileLayout.V1, FormatDetector.Detect(new InputFile(gz), InputFormat.Auto));
    }

    [Fact]
    public void Refuses_a_forced_format_whose_columns_are_missing()
    {
        var error = Assert.Throws<IngestInputException>(() =>
            FormatDetector.Detect(new InputFile(IngestFixtures.Path("shares.csv")), InputFormat.Archive));

        Assert.Contains("shares.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("tweetid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_no_layout_in_a_csv_of_unknown_columns()
    {
        var path = Path.Combine(IngestFixtures.TempFolder(), "other.csv");
        File.WriteAllText(path, "a,b\n1,2\n");

        Assert.Equal(FileLayout.Unknown, FormatDetector.Detect(new InputFile(path), InputFormat.Auto));
    }
}
