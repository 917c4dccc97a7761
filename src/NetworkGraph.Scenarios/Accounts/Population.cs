namespace NetworkGraph.Scenarios.Accounts;

/// <summary>Every generated account plus the groups the activity generators draw from.</summary>
internal sealed class Population
{
    public required SimAccount[] Accounts { get; init; }

    /// <summary>Organic accounts (including campaign targets), in index order.</summary>
    public required int[] Organic { get; init; }

    public required int[] Operation { get; init; }

    /// <summary>Operation accounts with numeric ids and more followers, which seed the copy-paste waves.</summary>
    public required int[] Hubs { get; init; }

    /// <summary>Popular accounts whose posts the organic population retweets, replies to and mentions.</summary>
    public required int[] Influencers { get; init; }

    /// <summary>Per campaign (in options order), the accounts its texts mention.</summary>
    public required int[][] CampaignTargets { get; init; }

    public required DecoyGroups Decoys { get; init; }

    /// <summary>The order in which accounts are listed in the users file (shuffled, so position tells nothing).</summary>
    public required int[] ListingOrder { get; init; }
}

/// <summary>The three decoy communities: each has a popular core account and its dense, uncoordinated followers.</summary>
internal sealed class DecoyGroups
{
    public int Club { get; init; } = -1;

    public int[] Fans { get; init; } = [];

    public int[] Outlets { get; init; } = [];

    public int[] Junkies { get; init; } = [];

    public int Show { get; init; } = -1;

    public int[] Viewers { get; init; } = [];
}
