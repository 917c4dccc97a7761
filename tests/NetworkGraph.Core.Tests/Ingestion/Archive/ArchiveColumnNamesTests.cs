using System.Text;
using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Ingestion.Archive;
using NetworkGraph.Core.Ingestion.Csv;

namespace NetworkGraph.Core.Tests.Ingestion.Archive;

public sealed class ArchiveColumnNamesTests
{
    [Fact]
    public void The_reader_finds_every_column_it_reads_in_the_tweets_layout()
    {
        var columns = new ArchiveColumns(Header(ArchiveColumnNames.Tweets));

        var missing = typeof(ArchiveColumns).GetProperties()
            .Where(p => p.PropertyType == typeof(int) && (int)p.GetValue(columns)! < 0)
            .Select(p => p.Name);

        Assert.Empty(missing);
    }

    [Fact]
    public void The_tweets_layout_is_classified_as_tweets_and_the_users_layout_as_users()
    {
        Assert.Equal(FileLayout.ArchiveTweets, ArchiveColumns.Classify(Header(ArchiveColumnNames.Tweets), "tweets.csv"));
        Assert.Equal(FileLayout.ArchiveUsers, ArchiveColumns.Classify(Header(ArchiveColumnNames.Users), "users.csv"));
    }

    [Fact]
    public void The_users_layout_is_the_account_columns_of_the_tweets_layout_and_no_column_repeats()
    {
        Assert.Equal(ArchiveColumnNames.Users, ArchiveColumnNames.Tweets.Skip(1).Take(ArchiveColumnNames.Users.Count));
        Assert.Equal(ArchiveColumnNames.Tweets.Count, ArchiveColumnNames.Tweets.Distinct().Count());
        Assert.Null(Header(ArchiveColumnNames.Tweets).Repeated);
    }

    private static CsvHeader Header(IReadOnlyList<string> columns)
    {
        using var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(string.Join(',', columns) + "\n")));
        Assert.True(reader.Read());
        return new CsvHeader(reader);
    }
}
