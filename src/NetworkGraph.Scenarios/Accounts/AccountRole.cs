namespace NetworkGraph.Scenarios.Accounts;

/// <summary>The ground-truth role of a generated account.</summary>
internal enum AccountRole : byte
{
    Organic,
    Operation,
    Decoy,
}

internal static class AccountRoleNames
{
    public static string Name(this AccountRole role) => role switch
    {
        AccountRole.Operation => "operation",
        AccountRole.Decoy => "decoy",
        _ => "organic",
    };
}
