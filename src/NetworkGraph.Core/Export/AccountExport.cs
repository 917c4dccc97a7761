using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Export;

/// <summary>The standard account columns (language, location, creation date, counts) and how to fill them from an <see cref="Account"/>.</summary>
public static class AccountExport
{
    /// <summary>The extra node columns for accounts: language, location, created_at, followers, following, posts.</summary>
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("language", ExportValueType.String),
        new("location", ExportValueType.String),
        new("created_at", ExportValueType.Date),
        new("followers", ExportValueType.Long),
        new("following", ExportValueType.Long),
        new("posts", ExportValueType.Long),
    ];

    /// <summary>The label for an account: <c>@handle</c>, or the id when the handle is unknown.</summary>
    public static string Label(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return string.IsNullOrEmpty(account.Handle) ? account.Id : "@" + account.Handle.TrimStart('@');
    }

    /// <summary>Values for <see cref="Columns"/>; unknown fields are left out.</summary>
    public static IReadOnlyDictionary<string, object?> Values(Account account, long? posts = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["language"] = account.Language,
            ["location"] = account.Location,
            ["created_at"] = account.CreatedAt,
            ["followers"] = account.Followers,
            ["following"] = account.Following,
            ["posts"] = posts,
        };
    }
}
