using System.Globalization;
using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Clustering;

/// <summary>Settings of the cluster analysis: windows, thresholds and score weights.</summary>
public sealed class ClusterAnalysisOptions
{
    /// <summary>Communities smaller than this are not analysed.</summary>
    public int MinClusterSize { get; init; } = 3;

    /// <summary>Threads for text normalisation and the clusters (results are the same for any count; not a parameter).</summary>
    public int Threads { get; init; } = 1;

    /// <summary>An edge whose mean dt is at most this many seconds counts as fast (copy-paste waves span minutes).</summary>
    public double FastDtSeconds { get; init; } = 300;

    /// <summary>
    /// With a known pairing window wider than <see cref="FastDtSeconds"/>, an edge is fast when the mean gap of its
    /// co-shares is this improbable under independent sharing (gaps uniform within the window)...
    /// </summary>
    public double CoShareAlpha { get; init; } = 0.01;

    /// <summary>...and at most this share of the window (e.g. 10 min of a 1 h window).</summary>
    public double CoShareMaxGapShare { get; init; } = 1.0 / 6;

    /// <summary>Seed of the time-shift null model (members' timelines moved by whole days) of the copy-paste and synchrony signals.</summary>
    public int NullModelSeed { get; init; } = 20240515;

    /// <summary>How many shifted timelines the null model averages.</summary>
    public int NullModelRounds { get; init; } = 3;

    /// <summary>Each member's timeline moves by 1 to this many whole days, forward or back, in the null model.</summary>
    public int NullModelMaxShiftDays { get; init; } = 7;

    /// <summary>Coordination kinds that mean "same or near-identical text".</summary>
    public IReadOnlyList<string> TextKinds { get; init; } = CoordinationKinds.TextKinds;

    /// <summary>Coordination kinds whose fast share counts toward the fast-edges signal (hashtags are left out by default).</summary>
    public IReadOnlyList<string> FastKinds { get; init; } = CoordinationKinds.FastKinds;

    /// <summary>Two members posting the same normalised text within this many seconds count as copy-paste.</summary>
    public double CopyWindowSeconds { get; init; } = 60;

    /// <summary>Normalised texts shorter than this are too common to count as copy-paste.</summary>
    public int MinCopyTextLength { get; init; } = 20;

    /// <summary>Width of the sliding window used to find synchronised posting, in seconds.</summary>
    public double SyncWindowSeconds { get; init; } = 600;

    /// <summary>A window is synchronised when at least this many distinct members post in it...</summary>
    public int MinSyncAccounts { get; init; } = 5;

    /// <summary>...and at least this share of the cluster's members.</summary>
    public double SyncMemberShare { get; init; } = 0.2;

    /// <summary>How many top objects (texts, hashtags, URLs, targets) to keep per list.</summary>
    public int TopCount { get; init; } = 10;

    /// <summary>Campaign (activity burst) segmentation settings.</summary>
    public CampaignOptions Campaigns { get; init; } = new();

    /// <summary>Account-creation burst settings.</summary>
    public CreationBurstOptions CreationBursts { get; init; } = new();

    /// <summary>Holiday silence settings.</summary>
    public HolidayOptions Holidays { get; init; } = new();

    /// <summary>Score weights and the flagging threshold.</summary>
    public ScoringOptions Scoring { get; init; } = new();

    /// <summary>Whether edges of this kind are co-shares whose timing the fast signals measure: the fast and text kinds, and any kind a share table brought.</summary>
    internal bool IsCoShareKind(string kind) =>
        FastKinds.Contains(kind, StringComparer.Ordinal) || TextKinds.Contains(kind, StringComparer.Ordinal) || ShareKindNames.IsShareTableKind(kind);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is out of range.</summary>
    public void Validate()
    {
        Require(MinClusterSize >= 1, nameof(MinClusterSize), "must be at least 1");
        Require(Threads >= 1, nameof(Threads), "must be at least 1");
        Require(FastDtSeconds >= 0, nameof(FastDtSeconds), "must not be negative");
        Require(CoShareAlpha is > 0 and < 1, nameof(CoShareAlpha), "must be in (0, 1)");
        Require(CoShareMaxGapShare is > 0 and <= 1, nameof(CoShareMaxGapShare), "must be in (0, 1]");
        Require(NullModelRounds >= 1, nameof(NullModelRounds), "must be at least 1");
        Require(NullModelMaxShiftDays >= 1, nameof(NullModelMaxShiftDays), "must be at least 1");
        Require(CopyWindowSeconds >= 0, nameof(CopyWindowSeconds), "must not be negative");
        Require(MinCopyTextLength >= 0, nameof(MinCopyTextLength), "must not be negative");
        Require(SyncWindowSeconds > 0, nameof(SyncWindowSeconds), "must be positive");
        Require(MinSyncAccounts >= 2, nameof(MinSyncAccounts), "must be at least 2");
        Require(SyncMemberShare is >= 0 and <= 1, nameof(SyncMemberShare), "must be in [0, 1]");
        Require(TopCount >= 1, nameof(TopCount), "must be at least 1");
        Campaigns.Validate();
        CreationBursts.Validate();
        Holidays.Validate();
        Scoring.Validate();
    }

    /// <summary>The settings as flat name/value pairs, for a snapshot's parameters.</summary>
    public IReadOnlyDictionary<string, string> ToParameters()
    {
        var c = CultureInfo.InvariantCulture;
        var p = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["cluster.min_size"] = MinClusterSize.ToString(c),
            ["cluster.fast_dt_s"] = FastDtSeconds.ToString("R", c),
            ["cluster.co_share_alpha"] = CoShareAlpha.ToString("R", c),
            ["cluster.co_share_max_gap_share"] = CoShareMaxGapShare.ToString("R", c),
            ["cluster.null_seed"] = NullModelSeed.ToString(c),
            ["cluster.null_rounds"] = NullModelRounds.ToString(c),
            ["cluster.null_max_shift_days"] = NullModelMaxShiftDays.ToString(c),
            ["cluster.text_kinds"] = string.Join(',', TextKinds),
            ["cluster.fast_kinds"] = string.Join(',', FastKinds),
            ["cluster.copy_window_s"] = CopyWindowSeconds.ToString("R", c),
            ["cluster.min_copy_text_length"] = MinCopyTextLength.ToString(c),
            ["cluster.sync_window_s"] = SyncWindowSeconds.ToString("R", c),
            ["cluster.min_sync_accounts"] = MinSyncAccounts.ToString(c),
            ["cluster.sync_member_share"] = SyncMemberShare.ToString("R", c),
            ["cluster.top_count"] = TopCount.ToString(c),
            ["campaign.min_daily_posts"] = Campaigns.MinDailyPosts.ToString(c),
            ["campaign.mad_multiplier"] = Campaigns.MadMultiplier.ToString("R", c),
            ["campaign.max_gap_days"] = Campaigns.MaxGapDays.ToString(c),
            ["campaign.min_volume"] = Campaigns.MinVolume.ToString(c),
            ["campaign.min_edge_share"] = Campaigns.MinEdgeShare.ToString("R", c),
            ["creation.min_accounts_per_day"] = CreationBursts.MinAccountsPerDay.ToString(c),
            ["creation.baseline_days"] = CreationBursts.BaselineDays.ToString(c),
            ["creation.alpha"] = CreationBursts.Alpha.ToString("R", c),
            ["creation.max_gap_days"] = CreationBursts.MaxGapDays.ToString(c),
            ["holiday.neighbour_days"] = Holidays.NeighbourDays.ToString(c),
            ["holiday.min_baseline_posts"] = Holidays.MinBaselinePosts.ToString("R", c),
            ["score.threshold"] = Scoring.Threshold.ToString("R", c),
            ["score.fast_edges_full_share"] = Scoring.FastEdgesFullShare.ToString("R", c),
            ["score.copy_paste_full_share"] = Scoring.CopyPasteFullShare.ToString("R", c),
            ["score.combination"] = ScoringOptions.Combination,
        };
        foreach (var (name, weight) in Scoring.Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            p["score.weight." + name] = weight.ToString("R", c);
        }

        return p;
    }

    internal static void Require(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Option {name} {problem}.", name);
        }
    }
}

/// <summary>How a cluster's daily activity is cut into campaigns.</summary>
public sealed class CampaignOptions
{
    /// <summary>A campaign day has at least this many posts.</summary>
    public int MinDailyPosts { get; init; } = 5;

    /// <summary>A campaign day exceeds median + k * 1.4826 * MAD of the daily counts; this is k.</summary>
    public double MadMultiplier { get; init; } = 3;

    /// <summary>Runs of campaign days separated by at most this many quiet days are merged.</summary>
    public int MaxGapDays { get; init; } = 2;

    /// <summary>A campaign has at least this many posts in all.</summary>
    public int MinVolume { get; init; } = 20;

    /// <summary>A campaign's first and last days exceed their weekday's median by at least this share of the median
    /// excess of its campaign days (edge days below it are trimmed).</summary>
    public double MinEdgeShare { get; init; } = 0.1;

    internal void Validate()
    {
        ClusterAnalysisOptions.Require(MinDailyPosts >= 1, "Campaigns.MinDailyPosts", "must be at least 1");
        ClusterAnalysisOptions.Require(MadMultiplier >= 0, "Campaigns.MadMultiplier", "must not be negative");
        ClusterAnalysisOptions.Require(MaxGapDays >= 0, "Campaigns.MaxGapDays", "must not be negative");
        ClusterAnalysisOptions.Require(MinVolume >= 1, "Campaigns.MinVolume", "must be at least 1");
        ClusterAnalysisOptions.Require(MinEdgeShare is >= 0 and < 1, "Campaigns.MinEdgeShare", "must be at least 0 and below 1");
    }
}

/// <summary>How bursts of account creation dates are found.</summary>
public sealed class CreationBurstOptions
{
    /// <summary>A burst day has at least this many members created.</summary>
    public int MinAccountsPerDay { get; init; } = 3;

    /// <summary>The expected daily rate is members / max(observed span, this many days).</summary>
    public int BaselineDays { get; init; } = 3650;

    /// <summary>A burst day is one a Poisson process at the expected rate reaches with probability at most this.</summary>
    public double Alpha { get; init; } = 0.001;

    /// <summary>Burst days separated by at most this many days are merged.</summary>
    public int MaxGapDays { get; init; } = 2;

    internal void Validate()
    {
        ClusterAnalysisOptions.Require(MinAccountsPerDay >= 2, "CreationBursts.MinAccountsPerDay", "must be at least 2");
        ClusterAnalysisOptions.Require(BaselineDays >= 1, "CreationBursts.BaselineDays", "must be at least 1");
        ClusterAnalysisOptions.Require(Alpha is > 0 and < 1, "CreationBursts.Alpha", "must be in (0, 1)");
        ClusterAnalysisOptions.Require(MaxGapDays >= 0, "CreationBursts.MaxGapDays", "must not be negative");
    }
}

/// <summary>How silence on holidays is measured.</summary>
public sealed class HolidayOptions
{
    /// <summary>The baseline is the median of the non-holiday days this many days either side.</summary>
    public int NeighbourDays { get; init; } = 7;

    /// <summary>A holiday is measurable only when the baseline reaches this many posts a day.</summary>
    public double MinBaselinePosts { get; init; } = 3;

    internal void Validate()
    {
        ClusterAnalysisOptions.Require(NeighbourDays >= 1, "Holidays.NeighbourDays", "must be at least 1");
        ClusterAnalysisOptions.Require(MinBaselinePosts > 0, "Holidays.MinBaselinePosts", "must be positive");
    }
}
