namespace NetworkGraph.Core.Evaluation;

/// <summary>Known labels per account, e.g. the generator's truth.csv.</summary>
/// <param name="Source">Where it was read from.</param>
/// <param name="Accounts">Labelled accounts by id.</param>
/// <param name="HasCommunities">Whether a community column was present.</param>
public sealed record GroundTruth(string Source, IReadOnlyDictionary<string, TruthAccount> Accounts, bool HasCommunities)
{
    /// <summary>The header of the column the labels were read from.</summary>
    public string LabelColumn { get; init; } = "label";

    /// <summary>Whether the labels came from a column named as one (role, label or the configured name), not from
    /// whatever second column the file has.</summary>
    public bool LabelColumnNamed { get; init; } = true;
}

/// <summary>One labelled account.</summary>
/// <param name="AccountId">Account id.</param>
/// <param name="Label">Its label (e.g. operation, organic, decoy).</param>
/// <param name="Community">Its planted community, when known.</param>
/// <param name="Campaigns">Campaign ids it took part in.</param>
public sealed record TruthAccount(string AccountId, string Label, string? Community, IReadOnlyList<string> Campaigns);

/// <summary>A known campaign from a campaigns file (id, name, start, end).</summary>
/// <param name="Id">Campaign id.</param>
/// <param name="Name">Campaign name.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day, inclusive.</param>
public sealed record TruthCampaign(string Id, string Name, DateOnly Start, DateOnly End);

/// <summary>Which columns of a truth file hold what; each falls back to common alternatives when absent.</summary>
public sealed class GroundTruthColumns
{
    /// <summary>Account id column (falls back to userid, id, then the first column).</summary>
    public string Id { get; init; } = "account_id";

    /// <summary>Label column (falls back to label, then the second column).</summary>
    public string Label { get; init; } = "role";

    /// <summary>Planted community column, optional.</summary>
    public string Community { get; init; } = "community";

    /// <summary>Campaign ids column (separated by ';', '|' or spaces), optional.</summary>
    public string Campaigns { get; init; } = "campaigns";
}
