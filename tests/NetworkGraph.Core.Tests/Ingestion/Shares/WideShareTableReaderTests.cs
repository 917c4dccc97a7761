using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Shares;

public sealed class WideShareTableReaderTests
{
    [Fact]
    public async Task Makes_each_non_empty_object_column_of_a_row_one_share_of_its_post()
    {
        var run = await IngestRun.OfAsync("shares_wide.csv");

        var shares = run.Sink.Shares.Select(s => $"{s.AccountId} {s.ContentId} {s.ObjectKind}:{s.ObjectId} {s.Time.ToUnixTimeSeconds()}");
        Assert.Equal(
            [
                "fb_1 101 url:7 1632900000", "fb_1 101 domain:3 1632900000", "fb_1 101 image:55 1632900000",
                "tw_2 102 url:7 1632900004", "tw_2 102 hashtag:12 1632900004", "tw_2 102 domain:3 1632900004",
                "tw_2 103 hashtag:12 1632900100",
            ],
            shares);
    }

    [Fact]
    public async Task Skips_a_post_without_objects_and_rejects_a_bad_time_naming_the_column()
    {
        var run = await IngestRun.OfAsync("shares_wide.csv");

        var counts = run.Report.Files.Single().Counts;
        Assert.Equal((5L, 1L, 1L), (counts.RowsRead, counts.Skipped, counts.Rejected));
        var reject = run.Rejects().Single();
        Assert.Equal("timestamp", (string?)reject["field"]);
        Assert.Equal(6L, (long?)reject["line"]);
    }
}
