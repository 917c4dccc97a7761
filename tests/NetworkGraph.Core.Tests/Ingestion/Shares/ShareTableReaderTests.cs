using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion.Shares;

public sealed class ShareTableReaderTests
{
    [Fact]
    public async Task Reads_shares_with_kinds_and_both_time_forms()
    {
        var run = await IngestRun.OfAsync("shares.csv");

        var shares = run.Sink.Shares;
        Assert.Equal(4, shares.Count);
        Assert.Equal(("acc_2", "url", "p2", 1688980010L), (shares[1].AccountId, shares[1].ObjectKind, shares[1].ContentId, shares[1].Time.ToUnixTimeSeconds()));
        Assert.Equal(("image", 1688980100L), (shares[3].ObjectKind, shares[3].Time.ToUnixTimeSeconds()));
    }

    [Fact]
    public async Task Counts_a_repeated_share_as_a_duplicate_and_rejects_a_bad_time()
    {
        var run = await IngestRun.OfAsync("shares.csv");

        var counts = run.Report.Files.Single().Counts;
        Assert.Equal((6L, 4L, 1L, 1L), (counts.RowsRead, counts.Accepted, counts.Duplicates, counts.Rejected));
        Assert.Equal("timestamp_share", (string?)run.Rejects().Single()["field"]);
    }

    [Fact]
    public async Task Reads_a_tab_separated_table_without_a_kind_column()
    {
        var run = await new IngestRun().RunAsync(InputFormat.Shares, "shares_nokind.tsv");

        Assert.All(run.Sink.Shares, s => Assert.Equal("object", s.ObjectKind));
        Assert.Equal(["42", "43"], run.Sink.Shares.Select(s => s.AccountId));
    }

    [Theory]
    [InlineData("0001-01-01 00:00:00")]
    [InlineData("9999-12-31 23:59:59")]
    [InlineData("-62135596800")]
    [InlineData("1989-12-31 23:59:59")]
    public async Task Rejects_a_share_dated_outside_the_accepted_range_naming_the_field(string time)
    {
        var run = await IngestRun.OfLinesAsync("range_shares.csv", "object_id,account_id,content_id,timestamp_share", $"o1,a1,p1,{time}", "o1,a2,p2,2021-09-26 10:00:00");

        Assert.Equal(["a2"], run.Sink.Shares.Select(s => s.AccountId));
        var reject = run.Rejects().Single();
        Assert.Equal(("timestamp_share", 2L), ((string?)reject["field"], (long?)reject["line"]));
    }

    [Fact]
    public async Task Accepts_a_share_older_than_twitter_because_share_tables_come_from_any_platform()
    {
        var run = await IngestRun.OfLinesAsync("old_shares.csv", "object_id,account_id,content_id,timestamp_share", "o1,a1,p1,1999-05-01 10:00:00");

        Assert.Equal(["a1"], run.Sink.Shares.Select(s => s.AccountId));
    }

    [Fact]
    public async Task Rejects_a_wide_row_dated_year_9999_naming_its_time_column()
    {
        var run = await IngestRun.OfLinesAsync("range_wide.csv", "account_id,post_id,url_id,timestamp", "fb_1,101,7,253402300799", "fb_2,102,7,1632900000");

        Assert.Equal(["fb_2"], run.Sink.Shares.Select(s => s.AccountId));
        Assert.Equal("timestamp", (string?)run.Rejects().Single()["field"]);
    }
}
