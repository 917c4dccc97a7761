using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class ClusterNarratorTests
{
    private static ClusterReport Report(IReadOnlyList<Campaign> campaigns, bool flagged = true)
    {
        var metrics = new ClusterMetrics(421, 5000, 0, 0, 0, 0, 0, new Dictionary<string, double>(), null, 0, 0, 4350, 0.87, 0, 0);
        var objects = new ClusterObjects(
            [],
            [new ObjectCount("big", "#BIG", 900), new ObjectCount("nc", "#NouvelleCalédonie", 700), new ObjectCount("x", "#x", 3), new ObjectCount("y", "#y", 2)],
            [],
            [],
            [new ObjectCount("1", "@EmmanuelMacron", 120)],
            []);
        var profile = new ProfileSignals(
            [],
            [],
            [new ShareCount("az", "Azeri", 392, 0.93)],
            0.93,
            [new ProfileMatch("AZ", "an Azerbaijani location", 115, 115 / 421.0, [], [])],
            [new ProfileMatch("party", "party ties", 39, 39 / 421.0, [], []), new ProfileMatch("state", "state ties", 0, 0, [], [])],
            [],
            0,
            new ActivityRhythm("UTC+04:00", new int[24], new int[7], 0),
            new HolidaySilence([], 0, 0));
        var score = new ClusterScore(0.91, flagged, 0.45, 0.9, 0.01, [], "");
        return new ClusterReport(3, 17, [], metrics, objects, profile, campaigns, score, "");
    }

    private static Campaign Campaign(int index, DateOnly start, DateOnly end) => new(index, start, end, 100, 10, 50, [], []);

    [Fact]
    public void Describes_a_network_in_the_analysts_words()
    {
        var campaigns = new[]
        {
            Campaign(1, new DateOnly(2023, 9, 10), new DateOnly(2023, 9, 12)),
            Campaign(2, new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 1)),
            Campaign(3, new DateOnly(2023, 12, 5), new DateOnly(2023, 12, 6)),
            Campaign(4, new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 3)),
        };

        var text = ClusterNarrator.Describe(Report(campaigns));

        Assert.Equal(
            "network 3: 421 accounts, 93% posting mostly in Azeri, 115 declaring an Azerbaijani location, 39 declaring party ties, "
            + "four campaigns between Sept 2023 and Feb 2024, 87% of its posts copy-pasted within 60 s of each other; "
            + "top hashtags: #BIG (900), #NouvelleCalédonie (700), #x (3); top targets: @EmmanuelMacron (120). "
            + "Coordination score 0.91 (flagged as an amplification network).",
            text);
    }

    [Fact]
    public void Gives_the_platform_mix_of_a_cluster_whose_accounts_come_from_several_platforms()
    {
        var report = Report([]) with { Members = ["fb_1", "fb_2", "tw_3", "123456"] };

        Assert.StartsWith("network 3: 421 accounts (platforms: fb 2, collection 1, tw 1), ", ClusterNarrator.Describe(report), StringComparison.Ordinal);
        Assert.StartsWith("network 3: 421 accounts, ", ClusterNarrator.Describe(report with { Members = ["123", "acc_4"] }), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_single_day_campaign_by_its_date_and_accepts_another_name()
    {
        var text = ClusterNarrator.Describe(Report([Campaign(1, new DateOnly(2024, 5, 15), new DateOnly(2024, 5, 15))], flagged: false), 30, "network C2-1");

        Assert.StartsWith("network C2-1: ", text, StringComparison.Ordinal);
        Assert.Contains("one campaign on 15 May 2024", text, StringComparison.Ordinal);
        Assert.Contains("within 30 s of each other", text, StringComparison.Ordinal);
        Assert.EndsWith("(not flagged).", text, StringComparison.Ordinal);
    }
}
