namespace NetworkGraph.Core.Clustering;

/// <summary>The platform mix of a set of accounts, read from a two-letter id prefix (<c>fb_123</c> is on fb,
/// <c>tw_456</c> on tw), as multi-platform share tables write ids; an id without one belongs to the collection's own
/// platform (posts ingested from Twitter data, or a share table with plain ids).</summary>
public static class AccountPlatforms
{
    /// <summary>What an account without a platform prefix is counted as.</summary>
    public const string Collection = "collection";

    /// <summary>The platform prefix of an account id (two ASCII letters before an underscore, lower-cased), or null.</summary>
    public static string? Platform(string accountId)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        return accountId.Length > 3 && char.IsAsciiLetter(accountId[0]) && char.IsAsciiLetter(accountId[1]) && accountId[2] == '_'
            ? accountId[..2].ToLowerInvariant()
            : null;
    }

    /// <summary>Accounts per platform, most first (ties by name), unprefixed ones as <see cref="Collection"/>; empty
    /// when no account has a prefix (a single-platform collection has no mix to show).</summary>
    public static IReadOnlyList<(string Platform, int Accounts)> Mix(IEnumerable<string> accountIds)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var counts = accountIds.GroupBy(id => Platform(id) ?? Collection, StringComparer.Ordinal)
            .Select(g => (Platform: g.Key, Accounts: g.Count()))
            .OrderByDescending(p => p.Accounts)
            .ThenBy(p => p.Platform, StringComparer.Ordinal)
            .ToList();
        return counts.All(c => c.Platform == Collection) ? [] : counts;
    }

    /// <summary>The mix in a few words, e.g. "fb 12, tw 8"; empty when there is no mix to show.</summary>
    public static string Describe(IEnumerable<string> accountIds) =>
        string.Join(", ", Mix(accountIds).Select(p => $"{p.Platform} {Wording.Int(p.Accounts)}"));
}
