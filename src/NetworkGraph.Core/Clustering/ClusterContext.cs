using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Clustering;

/// <summary>One cluster's members, their profiles and posts, prepared once for all the calculators.</summary>
internal sealed class ClusterContext
{
    public ClusterContext(
        int community,
        IReadOnlyList<string> members,
        IReadOnlyDictionary<string, Account> allAccounts,
        IReadOnlyList<Post> posts,
        TimeZoneInfo zone)
    {
        Community = community;
        Members = members;
        MemberSet = new HashSet<string>(members, StringComparer.Ordinal);
        AllAccounts = allAccounts;
        Accounts = members.Select(m => allAccounts.GetValueOrDefault(m)).OfType<Account>().ToArray();
        Posts = posts;
        Zone = zone;
        NormalizedTexts = posts.Select(p => p.Kind == PostKind.Retweet ? "" : TextNormalizer.Normalize(p.Text)).ToArray();
        LocalTimes = posts.Select(p => ZoneResolver.ToLocal(p.Time, zone)).ToArray();
    }

    public int Community { get; }

    /// <summary>Member ids, ordinal order.</summary>
    public IReadOnlyList<string> Members { get; }

    public HashSet<string> MemberSet { get; }

    /// <summary>All known accounts, members or not (for labels of targets).</summary>
    public IReadOnlyDictionary<string, Account> AllAccounts { get; }

    /// <summary>Profiles of members that have one.</summary>
    public IReadOnlyList<Account> Accounts { get; }

    /// <summary>Members' posts ordered by time, then id.</summary>
    public IReadOnlyList<Post> Posts { get; }

    /// <summary>Normalised text per post ("" for retweets), parallel to <see cref="Posts"/>.</summary>
    public IReadOnlyList<string> NormalizedTexts { get; }

    /// <summary>Local (profile time zone) wall-clock time per post, parallel to <see cref="Posts"/>.</summary>
    public IReadOnlyList<DateTime> LocalTimes { get; }

    public TimeZoneInfo Zone { get; }

    public DateOnly LocalDay(int postIndex) => DateOnly.FromDateTime(LocalTimes[postIndex]);

    public string AccountLabel(string id) =>
        AllAccounts.TryGetValue(id, out var a) && !string.IsNullOrWhiteSpace(a.Handle) ? "@" + a.Handle : "@" + id;
}
