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
}
