using NetworkGraph.Core.Evaluation;

namespace NetworkGraph.Core.Tests.Evaluation;

public sealed class TruthReadersTests
{
    [Fact]
    public void Reads_the_generators_truth_file()
    {
        const string csv = "account_id,role,campaigns,community\r\nu1,operation,\"c1;c2\",3\r\nu2,organic,,1\r\n\r\nu3,decoy,,\"1\"\r\n";

        var truth = TruthReaders.ReadGroundTruth(new StringReader(csv), "truth.csv");

        Assert.True(truth.HasCommunities);
        Assert.Equal(3, truth.Accounts.Count);
        Assert.Equal(new[] { "c1", "c2" }, truth.Accounts["u1"].Campaigns);
        Assert.Equal(("organic", "1"), (truth.Accounts["u2"].Label, truth.Accounts["u2"].Community));
        Assert.Equal("decoy", truth.Accounts["u3"].Label);
    }

    [Fact]
    public void Reads_any_account_to_label_table()
    {
        var truth = TruthReaders.ReadGroundTruth(new StringReader("user,group\na,\"bots, paid\"\nb,humans\n"), "labels.csv");

        Assert.False(truth.HasCommunities);
        Assert.Equal("bots, paid", truth.Accounts["a"].Label);
    }

    [Fact]
    public void An_empty_label_names_the_file_line_and_field()
    {
        var ex = Assert.Throws<TruthFileException>(() =>
            TruthReaders.ReadGroundTruth(new StringReader("account_id,role\nu1,operation\n\"u\n2\",organic\nu3,\n"), "truth.csv"));

        Assert.Equal("truth.csv line 5: field 'role' is empty.", ex.Message);
    }

    [Fact]
    public void Reads_a_tab_separated_label_table_with_a_bom_as_ingest_does()
    {
        var truth = TruthReaders.ReadGroundTruth(new StringReader("\uFEFFaccount\tlabel\r\nu1\tRightTroll\r\nu2\t\"Left, Troll\"\r\n"), "labels.tsv");

        Assert.Equal(("RightTroll", "Left, Troll"), (truth.Accounts["u1"].Label, truth.Accounts["u2"].Label));
        Assert.Equal("label", truth.LabelColumn);
    }

    [Fact]
    public void A_quote_never_closed_names_the_file_and_line()
    {
        var ex = Assert.Throws<TruthFileException>(() => TruthReaders.ReadGroundTruth(new StringReader("account,label\nu1,a\nu2,\"b\n"), "labels.csv"));

        Assert.StartsWith("labels.csv line 3: unterminated quoted field", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_account_is_rejected()
    {
        var ex = Assert.Throws<TruthFileException>(() => TruthReaders.ReadGroundTruth(new StringReader("account_id,role\nu1,a\nu1,b\n"), "t.csv"));

        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_campaign_dates_as_days_or_times()
    {
        const string csv = "id,name,start,end\nk1,\"Conference, July\",2023-07-10,2023-07-10\nk2,New Caledonia,2024-05-15T00:00:00Z,2024-05-17T23:00:00+00:00\n";

        var campaigns = TruthReaders.ReadCampaigns(new StringReader(csv), "campaigns.csv");

        Assert.Equal(
            [
                new TruthCampaign("k1", "Conference, July", new DateOnly(2023, 7, 10), new DateOnly(2023, 7, 10)),
                new TruthCampaign("k2", "New Caledonia", new DateOnly(2024, 5, 15), new DateOnly(2024, 5, 17)),
            ],
            campaigns);
    }

    [Fact]
    public void Reads_the_generators_campaigns_json()
    {
        const string json = """
            [
              { "id": 1, "name": "BIG conference", "start": "2023-09-10", "end": "2023-09-12", "hashtags": ["BIG"] },
              { "id": 2, "name": "New Caledonia", "start": "2024-05-15", "end": "2024-05-15", "hashtags": [] }
            ]
            """;

        var campaigns = TruthReaders.ReadCampaigns(new StringReader(json), "campaigns.json");

        Assert.Equal(new TruthCampaign("1", "BIG conference", new DateOnly(2023, 9, 10), new DateOnly(2023, 9, 12)), campaigns[0]);
        Assert.Equal("2", campaigns[1].Id);
    }

    [Fact]
    public void A_campaign_object_without_an_end_names_its_line()
    {
        var ex = Assert.Throws<TruthFileException>(() => TruthReaders.ReadCampaigns(new StringReader("[\n {\"id\": 1, \"start\": \"2024-01-01\"}\n]"), "c.json"));

        Assert.Equal("c.json line 2: field 'end' is missing or empty.", ex.Message);
    }

    [Fact]
    public void A_bad_campaign_date_names_the_field()
    {
        var ex = Assert.Throws<TruthFileException>(() => TruthReaders.ReadCampaigns(new StringReader("id,name,start,end\nk1,x,soon,2024-01-01\n"), "c.csv"));

        Assert.Equal("c.csv line 2: field 'start': 'soon' is not a date (yyyy-MM-dd or ISO 8601).", ex.Message);
    }
}
