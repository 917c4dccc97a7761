using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Reporting;

/// <summary>
/// Computes what the report needs beyond the snapshot: per-cluster daily post counts (the snapshot keeps only
/// campaigns), hour and weekday histograms when the snapshot's rhythm is empty, declared locations, member
/// profiles and the evidence behind the heaviest edges.
/// </summary>
internal static class ReportDataBuilder
{
    public static ReportData Build(SnapshotExportInput input, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var snapshot = input.Snapshot;
        var views = Views(snapshot);
        var accounts = new Dictionary<string, Account>(StringComparer.Ordinal);
        foreach (var account in input.Accounts)
        {
            accounts.TryAdd(account.Id, account);
        }

        var posts = new Dictionary<string, Post>(StringComparer.Ordinal);
        foreach (var post in input.Posts.Count > 0 ? input.Posts : input.EvidencePosts)
        {
            posts.TryAdd(post.Id, post);
        }

        var members = snapshot.Clusters.SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
        var detailed = Detailed(views, options);

        // One pass over posts and edges, whatever the number of detailed clusters.
        var detailOf = DetailOf(detailed);

        var postsOf = detailed.Select(_ => new List<MemberPost>()).ToArray();
        var clustered = 0L;
        DateOnly? firstDay = null, lastDay = null;
        foreach (var post in MemberPosts(input, members))
        {
            clustered++;
            var day = DateOnly.FromDateTime(post.Time.UtcDateTime);
            (firstDay, lastDay) = (firstDay is { } f && f <= day ? f : day, lastDay is { } l && l >= day ? l : day);
            if (detailOf.TryGetValue(post.Author, out var i))
            {
                postsOf[i].Add(post);
            }
        }

        var edgesOf = InternalEdges(detailed, detailOf, input.Edges);
        var details = detailed.Select((v, i) => Detail(v, postsOf[i], edgesOf[i], accounts, posts, options)).ToList();
        var summary = snapshot.Summarize();
        var totals = new ReportTotals(
            summary.Clusters,
            summary.FlaggedClusters,
            summary.Accounts,
            summary.FlaggedAccounts,
            new CollectionCount(clustered, input.CollectionPosts),
            input.CollectionShares is > 0 ? new CollectionCount(input.ClusteredShares ?? 0, input.CollectionShares) : null,
            input.Edges.Count,
            firstDay,
            lastDay);
        return new ReportData(snapshot, totals, views, details);
    }

    private static ClusterDetail Detail(
        ClusterView view, List<MemberPost> memberPosts, List<SnapshotExportEdge> internalEdges, Dictionary<string, Account> accounts, Dictionary<string, Post> posts, ReportOptions options)
    {
        var cluster = view.Cluster;
        var rhythm = cluster.Report.Profile.Rhythm;
        var zone = ZoneResolver.TryResolve(rhythm.TimeZone, out var resolved) ? resolved : TimeZoneInfo.Utc;
        var local = memberPosts.Select(p => ZoneResolver.ToLocal(p.Time, zone)).ToList();

        var (hours, weekdays) = rhythm.Hours.Sum() > 0 || local.Count == 0
            ? (rhythm.Hours, rhythm.Weekdays)
            : Histograms(local);
        var languages = cluster.Report.Profile.PostLanguages.Count > 0
            ? cluster.Report.Profile.PostLanguages
            : Shares(memberPosts.Select(p => string.IsNullOrWhiteSpace(p.Language) ? "und" : p.Language.Trim()), memberPosts.Count, options.TopItems);
        var profiled = cluster.Members.Select(accounts.GetValueOrDefault).OfType<Account>().ToList();
        var locations = Shares(profiled.Select(a => a.Location?.Trim()).OfType<string>().Where(l => l.Length > 0), profiled.Count, options.TopItems);
        var postCounts = memberPosts.CountBy(p => p.Author, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var listed = cluster.Members
            .Take(options.MemberSample)
            .Select(id => accounts.TryGetValue(id, out var a)
                ? new ReportMember(AccountExport.Label(a), a.DisplayName, a.Location, a.CreatedAt is { } c ? DateOnly.FromDateTime(c.UtcDateTime) : null, postCounts.GetValueOrDefault(id), a.Bio)
                : new ReportMember(id, null, null, null, postCounts.GetValueOrDefault(id), null))
            .ToList();

        return new ClusterDetail(
            view,
            zone.Id,
            Daily(local),
            hours,
            weekdays,
            languages,
            locations,
            listed,
            Evidence(internalEdges, accounts, posts, options));
    }

    private static List<DailyCount> Daily(List<DateTime> local)
    {
        if (local.Count == 0)
        {
            return [];
        }

        var counts = local.GroupBy(DateOnly.FromDateTime).ToDictionary(g => g.Key, g => g.Count());
        var (first, last) = (counts.Keys.Min(), counts.Keys.Max());
        var days = new List<DailyCount>(last.DayNumber - first.DayNumber + 1);
        for (var n = first.DayNumber; n <= last.DayNumber; n++) // by day number: a post on 9999-12-31 ends the loop too
        {
            var day = DateOnly.FromDayNumber(n);
            days.Add(new DailyCount(day, counts.GetValueOrDefault(day)));
        }

        return days;
    }

    private static (int[] Hours, int[] Weekdays) Histograms(List<DateTime> local)
    {
        var hours = new int[24];
        var weekdays = new int[7];
        foreach (var t in local)
        {
            hours[t.Hour]++;
            weekdays[((int)t.DayOfWeek + 6) % 7]++;
        }

        return (hours, weekdays);
    }

    /// <summary>Values grouped case-insensitively, most frequent first; the label is the group's ordinal-first spelling.</summary>
    private static List<ShareCount> Shares(IEnumerable<string> values, int total, int top) => values
        .GroupBy(v => v.ToUpperInvariant(), StringComparer.Ordinal)
        .Select(g => new ShareCount(g.Key, g.Order(StringComparer.Ordinal).First(), g.Count(), total == 0 ? 0 : g.Count() / (double)total))
        .OrderByDescending(s => s.Count)
        .ThenBy(s => s.Key, StringComparer.Ordinal)
        .Take(top)
        .ToList();

    private static List<EvidenceEdge> Evidence(
        List<SnapshotExportEdge> internalEdges, Dictionary<string, Account> accounts, Dictionary<string, Post> posts, ReportOptions options)
    {
        string Label(string id) => accounts.TryGetValue(id, out var a) ? AccountExport.Label(a) : id;
        return TopEvidence(internalEdges, options)
            .Select(e => new EvidenceEdge(
                Label(e.A),
                Label(e.B),
                e.Kind,
                e.Weight,
                e.MeanDtSeconds,
                e.EvidenceCount,
                e.Evidence.Take(options.EvidencePairsPerEdge).Select(p =>
                {
                    var a = posts.GetValueOrDefault(p.PostA);
                    var b = posts.GetValueOrDefault(p.PostB);
                    return new EvidenceSample(p.PostA, a?.Text, a?.Time, p.PostB, b?.Text, b?.Time, p.Object);
                }).ToList()))
            .ToList();
    }

    /// <summary>The edges a cluster's evidence shows: the heaviest first, then by ends and kind.</summary>
    private static IEnumerable<SnapshotExportEdge> TopEvidence(List<SnapshotExportEdge> internalEdges, ReportOptions options) => internalEdges
        .OrderByDescending(e => e.Weight)
        .ThenBy(e => e.A, StringComparer.Ordinal)
        .ThenBy(e => e.B, StringComparer.Ordinal)
        .ThenBy(e => e.Kind, StringComparer.Ordinal)
        .Take(options.EvidenceEdges);

    /// <summary>Every cluster of the snapshot with its colour.</summary>
    private static List<ClusterView> Views(Snapshot snapshot)
    {
        var colors = SnapshotExportMapper.Colors(snapshot);
        return snapshot.Clusters.Select(c => new ClusterView(c, SnapshotExportMapper.ColorOf(colors, c.Id))).ToList();
    }

    /// <summary>Each member of a detailed cluster and the cluster's index among them (its first, should it be in two).</summary>
    private static Dictionary<string, int> DetailOf(List<ClusterView> detailed)
    {
        var detailOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < detailed.Count; i++)
        {
            foreach (var member in detailed[i].Cluster.Members)
            {
                detailOf.TryAdd(member, i);
            }
        }

        return detailOf;
    }

    /// <summary>The clusters the report details: the flagged ones, else the first few.</summary>
    private static List<ClusterView> Detailed(List<ClusterView> views, ReportOptions options)
    {
        var detailed = views.Where(v => v.Cluster.Flagged).ToList();
        return detailed.Count > 0 ? detailed : views.Take(options.UnflaggedFallback).ToList();
    }

    /// <summary>Each detailed cluster's edges between two of its own members.</summary>
    private static List<SnapshotExportEdge>[] InternalEdges(List<ClusterView> detailed, Dictionary<string, int> detailOf, IEnumerable<SnapshotExportEdge> edges)
    {
        var edgesOf = detailed.Select(_ => new List<SnapshotExportEdge>()).ToArray();
        foreach (var edge in edges)
        {
            if (Internal(detailOf, edge.A, edge.B) is { } i)
            {
                edgesOf[i].Add(edge);
            }
        }

        return edgesOf;
    }

    /// <summary>The detailed cluster whose edge joins <paramref name="a"/> and <paramref name="b"/>: two members of it, not
    /// one account twice; null for any other edge.</summary>
    private static int? Internal(Dictionary<string, int> detailOf, string a, string b) =>
        detailOf.TryGetValue(a, out var i) && detailOf.TryGetValue(b, out var j) && i == j && !string.Equals(a, b, StringComparison.Ordinal) ? i : null;

    /// <summary>Whether the report quotes evidence of an edge, by its two account ids: it joins two members of one
    /// detailed cluster.</summary>
    internal static Func<string, string, bool> QuotesEdge(Snapshot snapshot, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var detailOf = DetailOf(Detailed(Views(snapshot), options));
        return (a, b) => Internal(detailOf, a, b) is not null;
    }

    /// <summary>The members' posts as the report reads them (author, time, language): from the posts when given, else
    /// from the source's posting times and languages.</summary>
    private static IEnumerable<MemberPost> MemberPosts(SnapshotExportInput input, HashSet<string> members)
    {
        if (input.Posts.Count > 0 || input.PostTimes is null)
        {
            foreach (var post in input.Posts)
            {
                if (members.Contains(post.AuthorId))
                {
                    yield return new MemberPost(post.AuthorId, post.Time, post.Language);
                }
            }

            yield break;
        }

        foreach (var (author, times) in input.PostTimes)
        {
            if (!members.Contains(author))
            {
                continue;
            }

            var languages = input.PostLanguages?.GetValueOrDefault(author);
            if (languages is not null && languages.Count != times.Count)
            {
                throw new ArgumentException($"Account {author} has {times.Count} posting times and {languages.Count} post languages.", nameof(input));
            }

            for (var k = 0; k < times.Count; k++)
            {
                yield return new MemberPost(author, DateTimeOffset.FromUnixTimeSeconds(times[k]), languages?[k]);
            }
        }
    }

    /// <summary>The post ids a report of <paramref name="input"/> quotes as evidence (what a source that gives no post
    /// objects must give as <see cref="SnapshotExportInput.EvidencePosts"/>).</summary>
    internal static IReadOnlyCollection<string> EvidencePostIds(SnapshotExportInput input, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var detailed = Detailed(Views(input.Snapshot), options);
        var detailOf = DetailOf(detailed);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edges in InternalEdges(detailed, detailOf, input.Edges))
        {
            foreach (var pair in TopEvidence(edges, options).SelectMany(e => e.Evidence.Take(options.EvidencePairsPerEdge)))
            {
                ids.Add(pair.PostA);
                ids.Add(pair.PostB);
            }
        }

        return ids;
    }

    /// <summary>What the report reads of one member's post.</summary>
    private readonly record struct MemberPost(string Author, DateTimeOffset Time, string? Language);
}
