namespace NetworkGraph.Core.Clustering;

/// <summary>The result of analysing every community of a partition, ordered by score, then size, then community id.</summary>
/// <param name="ProfileName">The profile used.</param>
/// <param name="Clusters">Analysed clusters, best first; <see cref="ClusterReport.Rank"/> is the position (1-based).</param>
/// <param name="SkippedCommunities">Communities smaller than the minimum size, not analysed.</param>
public sealed record ClusterAnalysis(string ProfileName, IReadOnlyList<ClusterReport> Clusters, int SkippedCommunities)
{
    /// <summary>False when the edges' window was too narrow for the mean-dt signals, which were then left out of every score.</summary>
    public bool EdgeTimingMeasurable { get; init; } = true;
}

/// <summary>Everything known about one cluster: structure, objects, profile signals, campaigns, score and its wording.</summary>
/// <param name="Rank">Position in the analysis (1 = highest score).</param>
/// <param name="Community">The community id the partition gave it.</param>
/// <param name="Members">Member account ids, ordinal order.</param>
/// <param name="Metrics">Structure and coordination measures.</param>
/// <param name="Objects">Top shared objects.</param>
/// <param name="Profile">Profile signals (languages, locations, bios, creation dates, rhythm, holidays).</param>
/// <param name="Campaigns">Bursts of activity of a flagged cluster, in date order; empty for an unflagged one (a burst without coordination evidence is no campaign).</param>
/// <param name="Score">Coordination score with its explanation.</param>
/// <param name="Narrative">The analyst's summary sentence.</param>
public sealed record ClusterReport(
    int Rank,
    int Community,
    IReadOnlyList<string> Members,
    ClusterMetrics Metrics,
    ClusterObjects Objects,
    ProfileSignals Profile,
    IReadOnlyList<Campaign> Campaigns,
    ClusterScore Score,
    string Narrative);

/// <summary>Structure and coordination measures of one cluster.</summary>
/// <param name="Size">Number of members.</param>
/// <param name="PostCount">Number of posts by members.</param>
/// <param name="InternalPairs">Distinct member pairs linked by at least one edge.</param>
/// <param name="Density">InternalPairs / (Size * (Size - 1) / 2).</param>
/// <param name="InternalWeight">Summed weight of edges between members.</param>
/// <param name="BoundaryWeight">Summed weight of edges from a member to a non-member.</param>
/// <param name="Conductance">BoundaryWeight / min(volume inside, volume outside); 0 is a perfectly closed cluster.</param>
/// <param name="KindShares">Share of internal edge weight per coordination kind.</param>
/// <param name="MedianDtSeconds">Weighted median of internal edges' mean dt; null without internal edges.</param>
/// <param name="FastCopyWeightShare">Of the internal weight of the fast kinds (same text, retweet, link): the share from same-text edges with mean dt within the fast window.</param>
/// <param name="FastWeightShare">Of the internal weight of the fast kinds: the share from edges with mean dt within the fast window (other kinds, such as hashtags, are left out).</param>
/// <param name="CopyPastedPosts">Posts whose normalised text another member posted within the copy window.</param>
/// <param name="CopyPasteShare">CopyPastedPosts / PostCount.</param>
/// <param name="SynchronisedPosts">Posts made inside windows where many members posted together.</param>
/// <param name="SynchronisedShare">SynchronisedPosts / PostCount.</param>
public sealed record ClusterMetrics(
    int Size,
    int PostCount,
    int InternalPairs,
    double Density,
    double InternalWeight,
    double BoundaryWeight,
    double Conductance,
    IReadOnlyDictionary<string, double> KindShares,
    double? MedianDtSeconds,
    double FastCopyWeightShare,
    double FastWeightShare,
    int CopyPastedPosts,
    double CopyPasteShare,
    int SynchronisedPosts,
    double SynchronisedShare)
{
    /// <summary>The copy-pasted share expected by chance: the same members' posts with each member's timeline moved by whole days.</summary>
    public double ExpectedCopyPasteShare { get; init; }

    /// <summary>The synchronised share expected by chance under the same time-shift null model.</summary>
    public double ExpectedSynchronisedShare { get; init; }

    /// <summary>Weighted median of the mean gap between co-shares (same text, retweet, link) of linked members; null without such edges.</summary>
    public double? CoShareMedianDtSeconds { get; init; }

    /// <summary>Posts with a normalised text long enough to count as copy-paste (none in a share table or a retweet-only cluster: copy-paste is then not measurable).</summary>
    public int ComparableTextPosts { get; init; }

    /// <summary>Members with at least one co-share partner closer in time than chance (an end of a fast edge).</summary>
    public int FastMembers { get; init; }
}

/// <summary>An object (text, hashtag, URL, domain or account) and how often the cluster used it.</summary>
/// <param name="Key">The normalised key (lower-case hashtag, normalised text, account id...).</param>
/// <param name="Label">How to show it (original text, #Tag, @handle...).</param>
/// <param name="Count">Number of posts.</param>
public sealed record ObjectCount(string Key, string Label, int Count);

/// <summary>The cluster's most used objects, most frequent first.</summary>
/// <param name="Texts">Normalised texts of authored posts.</param>
/// <param name="Hashtags">Hashtags, case-insensitive.</param>
/// <param name="Urls">Expanded URLs.</param>
/// <param name="Domains">URL host names without "www.", link shorteners left out (see <see cref="ShortenedLinks"/>).</param>
/// <param name="Targets">Accounts mentioned or replied to.</param>
/// <param name="Amplified">Accounts retweeted or quoted.</param>
public sealed record ClusterObjects(
    IReadOnlyList<ObjectCount> Texts,
    IReadOnlyList<ObjectCount> Hashtags,
    IReadOnlyList<ObjectCount> Urls,
    IReadOnlyList<ObjectCount> Domains,
    IReadOnlyList<ObjectCount> Targets,
    IReadOnlyList<ObjectCount> Amplified)
{
    /// <summary>Links through a shortener (t.co, bit.ly...) whose expanded URL the input did not give, by shortener host: kept apart from <see cref="Domains"/>.</summary>
    public IReadOnlyList<ObjectCount> ShortenedLinks { get; init; } = [];
}

/// <summary>A burst of a cluster's activity (local days of the profile's time zone).</summary>
/// <param name="Index">1-based position in the cluster's campaigns.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day, inclusive.</param>
/// <param name="Volume">Posts between Start and End.</param>
/// <param name="Accounts">Distinct members posting between Start and End.</param>
/// <param name="PeakDailyPosts">Largest daily count in the campaign.</param>
/// <param name="TopTexts">Most posted texts.</param>
/// <param name="TopHashtags">Most used hashtags.</param>
public sealed record Campaign(
    int Index,
    DateOnly Start,
    DateOnly End,
    int Volume,
    int Accounts,
    int PeakDailyPosts,
    IReadOnlyList<ObjectCount> TopTexts,
    IReadOnlyList<ObjectCount> TopHashtags);
