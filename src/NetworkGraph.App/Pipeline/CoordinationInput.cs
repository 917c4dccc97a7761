using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Pipeline;

/// <summary>What the coordination graphs are built from: the stored posts and the stored generic shares (share
/// tables), read once for <c>graph build</c> and <c>analyze</c> alike.</summary>
internal sealed class CoordinationInput
{
    private CoordinationInput(List<Post> posts, List<Share> shares)
    {
        Posts = posts;
        Shares = shares;
        ShareKinds = shares.Select(s => s.ObjectKind).Distinct(StringComparer.Ordinal)
            .Select(ShareKindNames.FromObjectKind)
            .Distinct()
            .OrderBy(ShareKindNames.CliName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The posts, ordered by time.</summary>
    public List<Post> Posts { get; }

    /// <summary>The generic shares, grouped by object.</summary>
    public List<Share> Shares { get; }

    /// <summary>Every coordination kind the shares hold, by command-line name.</summary>
    public IReadOnlyList<ShareKind> ShareKinds { get; }

    /// <summary>Reads every post and share, or only those at or after <paramref name="since"/>.</summary>
    public static async Task<CoordinationInput> ReadAsync(SqliteStore store, DateTimeOffset? since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var posts = await store.ReadPostsAsync(ct).ToListAsync(ct);
        var shares = await store.ReadSharesAsync(ct).ToListAsync(ct);
        if (since is { } from)
        {
            posts = posts.Where(p => p.Time >= from).ToList();
            shares = shares.Where(s => s.Time >= from).ToList();
        }

        return new CoordinationInput(posts, shares);
    }

    /// <summary>The settings with the shares' kinds added when <see cref="AnalysisSettings.AddShareKinds"/>; a kind
    /// named by a share table (co-NAME) that was asked for but is in no stored share is a usage error.</summary>
    public AnalysisSettings Complete(AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var missing = settings.Kinds.Where(k => ShareKindNames.IsNamed(k) && !ShareKinds.Contains(k)).ToList();
        if (missing.Count > 0)
        {
            var held = ShareKinds.Count == 0 ? "none" : string.Join(", ", ShareKinds.Select(ShareKindNames.CliName));
            throw new UsageException(
                $"--kinds: unknown coordination kind '{ShareKindNames.CliName(missing[0])}' (built in: "
                + $"{string.Join(", ", Enum.GetValues<ShareKind>().Select(ShareKindNames.CliName))}; "
                + $"in the store's share tables: {held})");
        }

        return settings.AddShareKinds
            ? settings with { Kinds = [.. settings.Kinds, .. ShareKinds.Where(k => !settings.Kinds.Contains(k))] }
            : settings;
    }

    /// <summary>Builds the coordination graphs of the posts and shares.</summary>
    public CoordinationGraph Build(AnalysisSettings settings, CancellationToken ct) =>
        CoordinationGraphBuilder.Build(Posts, Shares, settings.ToCoordinationOptions(), ct);

    /// <summary>A one-line account of what was read, e.g. "1,200 posts and 3,400 shares (co-share, co-image)".</summary>
    public string Describe() => Shares.Count == 0
        ? $"{Posts.Count:N0} posts"
        : $"{Posts.Count:N0} posts and {Shares.Count:N0} shares ({string.Join(", ", ShareKinds.Select(ShareKindNames.CliName))})";
}
