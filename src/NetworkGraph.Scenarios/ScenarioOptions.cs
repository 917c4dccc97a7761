namespace NetworkGraph.Scenarios;

/// <summary>Settings of a generated scenario; every proportion of the simulated operation is an option.</summary>
public sealed class ScenarioOptions
{
    /// <summary>Seed of every random choice: the same seed and options give byte-identical files. Default 42.</summary>
    public long Seed { get; set; } = 42;

    /// <summary>Ordinary accounts. Default 20,000.</summary>
    public int OrganicAccounts { get; set; } = 20_000;

    /// <summary>Accounts of the operation. Default 423 (the VIGINUM "Baku Initiative Group" cluster).</summary>
    public int OperationAccounts { get; set; } = 423;

    /// <summary>Total posts written (all roles). Default 300,000; up to 10 million, streamed.</summary>
    public long Posts { get; set; } = 300_000;

    /// <summary>First day of the collection (UTC). Default 2023-09-01.</summary>
    public DateOnly Start { get; set; } = new(2023, 9, 1);

    /// <summary>Last day of the collection, inclusive (UTC). Default 2024-02-29.</summary>
    public DateOnly End { get; set; } = new(2024, 2, 29);

    /// <summary>The operation's campaigns. Default: four campaigns (New Caledonia, Corsica, Mayotte, Martinique/Guadeloupe).</summary>
    public IList<CampaignOptions> Campaigns { get; set; } = ScenarioDefaults.Campaigns();

    /// <summary>Days on which the operation nearly stops (Azerbaijani public holidays of the default period).</summary>
    public IList<DateOnly> OperationHolidays { get; set; } = ScenarioDefaults.AzerbaijaniHolidays();

    /// <summary>Share of operation accounts posting mostly in Azeri. Default 0.93.</summary>
    public double OperationAzeriShare { get; set; } = 0.93;

    /// <summary>Share of operation accounts declaring an Azerbaijani location. Default 115/423.</summary>
    public double OperationAzerbaijanLocationShare { get; set; } = 115.0 / 423.0;

    /// <summary>Share of operation accounts whose bio declares ties to the ruling party. Default 39/423.</summary>
    public double OperationPartyBioShare { get; set; } = 39.0 / 423.0;

    /// <summary>Share of operation accounts on each campaign's roster. Default 0.6.</summary>
    public double CampaignRosterShare { get; set; } = 0.6;

    /// <summary>Copy-paste waves per campaign working day. Default 6.</summary>
    public double WavesPerCampaignDay { get; set; } = 6;

    /// <summary>Chance that a roster account copy-pastes a given wave's text. Default 0.3.</summary>
    public double WaveCopyShare { get; set; } = 0.3;

    /// <summary>Chance that a roster account retweets a wave's seed post within minutes. Default 0.2.</summary>
    public double WaveRetweetShare { get; set; } = 0.2;

    /// <summary>Ordinary (non-campaign) posts per operation account per working day. Default 0.25.</summary>
    public double OperationFillerPostsPerDay { get; set; } = 0.25;

    /// <summary>Fans of one football club (decoy community 1): dense retweeting with natural delays. Default 150.</summary>
    public int FanAccounts { get; set; } = 150;

    /// <summary>News junkies sharing the same articles hours apart (decoy community 2). Default 120.</summary>
    public int NewsJunkieAccounts { get; set; } = 120;

    /// <summary>Viewers live-tweeting a weekly TV show with its hashtag (decoy community 3). Default 100.</summary>
    public int LiveTweetAccounts { get; set; } = 100;

    /// <summary>Largest share of <see cref="Posts"/> left to operation and decoys; their volume is scaled down to fit. Default 0.5.</summary>
    public double MaxNonOrganicShare { get; set; } = 0.5;

    /// <summary>Write the tweets and users files gzip-compressed (.csv.gz). Default false.</summary>
    public bool Gzip { get; set; }

    /// <summary>Threads formatting tweet rows; 0 uses the processor count (at most 4). The output does not depend on it.</summary>
    internal int FormatWorkers { get; set; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        Require(OrganicAccounts >= 100, nameof(OrganicAccounts), "must be at least 100");
        Require(OperationAccounts >= 10, nameof(OperationAccounts), "must be at least 10");
        Require(Posts is >= 1_000 and <= 50_000_000, nameof(Posts), "must be between 1,000 and 50,000,000");
        Require(End >= Start, nameof(End), "must not be before Start");
        var days = End.DayNumber - Start.DayNumber + 1;
        Require(days <= 3660, nameof(End), "the period must not exceed ten years");
        Require(Posts / days <= 2_000_000, nameof(Posts), "must not exceed 2,000,000 per day of the period");
        Require(FanAccounts >= 0 && NewsJunkieAccounts >= 0 && LiveTweetAccounts >= 0, nameof(FanAccounts), "decoy sizes must not be negative");
        Share(OperationAzeriShare, nameof(OperationAzeriShare));
        Share(OperationAzerbaijanLocationShare, nameof(OperationAzerbaijanLocationShare));
        Share(OperationPartyBioShare, nameof(OperationPartyBioShare));
        Share(CampaignRosterShare, nameof(CampaignRosterShare));
        Share(WaveCopyShare, nameof(WaveCopyShare));
        Share(WaveRetweetShare, nameof(WaveRetweetShare));
        Share(MaxNonOrganicShare, nameof(MaxNonOrganicShare));
        Require(WavesPerCampaignDay is >= 0 and <= 200, nameof(WavesPerCampaignDay), "must be between 0 and 200");
        Require(OperationFillerPostsPerDay is >= 0 and <= 100, nameof(OperationFillerPostsPerDay), "must be between 0 and 100");
        Require(Campaigns.Count <= 30, nameof(Campaigns), "at most 30 campaigns");
        var ids = new HashSet<int>();
        foreach (var c in Campaigns)
        {
            Require(c.Id >= 1 && ids.Add(c.Id), nameof(Campaigns), $"campaign ids must be unique and positive (id {c.Id})");
            Require(!string.IsNullOrWhiteSpace(c.Name) && !string.IsNullOrWhiteSpace(c.Place), nameof(Campaigns), $"campaign {c.Id} needs a name and a place");
            Require(c.End >= c.Start && c.Start >= Start && c.End <= End, nameof(Campaigns), $"campaign {c.Id} must lie inside the period");
            Require(c.Hashtags.Count > 0 && c.Hashtags.All(h => h.Length > 0 && !h.Contains(' ', StringComparison.Ordinal) && !h.StartsWith('#')),
                nameof(Campaigns), $"campaign {c.Id} needs hashtags without '#' or spaces");
            Require(c.Targets.All(t => t.Length is > 0 and <= 15 && t.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_')),
                nameof(Campaigns), $"campaign {c.Id} target handles must be 1-15 letters, digits or '_'");
        }
    }

    private static void Share(double value, string name) => Require(value is >= 0 and <= 1, name, "must be between 0 and 1");

    private static void Require(bool ok, string name, string message)
    {
        if (!ok)
        {
            throw new ArgumentException($"Scenario option {name} {message}.", name);
        }
    }
}
