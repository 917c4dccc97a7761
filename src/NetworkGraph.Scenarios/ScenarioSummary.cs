namespace NetworkGraph.Scenarios;

/// <summary>What a generated scenario holds and where its files are.</summary>
public sealed record ScenarioSummary
{
    /// <summary>The seed the scenario was generated with.</summary>
    public long Seed { get; init; }

    /// <summary>Accounts per ground-truth role.</summary>
    public required RoleCounts Organic { get; init; }

    /// <summary>Accounts and posts of the operation.</summary>
    public required RoleCounts Operation { get; init; }

    /// <summary>Accounts and posts of the decoy communities.</summary>
    public required RoleCounts Decoy { get; init; }

    /// <summary>Posts written, all roles together.</summary>
    public long TotalPosts => Organic.Posts + Operation.Posts + Decoy.Posts;

    /// <summary>Accounts listed in the users file.</summary>
    public int TotalAccounts => Organic.Accounts + Operation.Accounts + Decoy.Accounts;

    /// <summary>The operation's campaigns.</summary>
    public required IReadOnlyList<CampaignPeriod> Campaigns { get; init; }

    /// <summary>The tweets file (big_tweets_csv_hashed.csv or .csv.gz).</summary>
    public required string TweetsPath { get; init; }

    /// <summary>The users file (big_users_csv_hashed.csv or .csv.gz).</summary>
    public required string UsersPath { get; init; }

    /// <summary>The ground truth (account_id,role,campaigns,community).</summary>
    public required string TruthPath { get; init; }

    /// <summary>The campaign periods as JSON (id, name, start, end, hashtags).</summary>
    public required string CampaignsPath { get; init; }
}

/// <summary>Accounts and posts of one role.</summary>
/// <param name="Accounts">Number of accounts.</param>
/// <param name="Posts">Number of posts they wrote.</param>
public sealed record RoleCounts(int Accounts, long Posts);

/// <summary>One campaign's period and hashtags.</summary>
/// <param name="Id">Campaign id as used in the ground truth.</param>
/// <param name="Name">Campaign name.</param>
/// <param name="Start">First day (UTC).</param>
/// <param name="End">Last day, inclusive (UTC).</param>
/// <param name="Hashtags">Hashtags pushed, without '#'.</param>
public sealed record CampaignPeriod(int Id, string Name, DateOnly Start, DateOnly End, IReadOnlyList<string> Hashtags);
