namespace NetworkGraph.Core.Snapshots;

/// <summary>What changed between two snapshots, cluster by cluster.</summary>
/// <param name="FromId">The earlier snapshot.</param>
/// <param name="FromVersion">Its version.</param>
/// <param name="ToId">The later snapshot.</param>
/// <param name="ToVersion">Its version.</param>
/// <param name="Changes">One entry per cluster of the later snapshot (its order), then one per dissolved cluster.</param>
/// <param name="FlaggedAccountsBefore">Accounts in flagged clusters before.</param>
/// <param name="FlaggedAccountsAfter">Accounts in flagged clusters after.</param>
/// <param name="NewlyFlaggedAccounts">Accounts flagged after but not before.</param>
/// <param name="NoLongerFlaggedAccounts">Accounts flagged before but not after.</param>
public sealed record SnapshotDiff(
    string FromId,
    int FromVersion,
    string ToId,
    int ToVersion,
    IReadOnlyList<ClusterChange> Changes,
    int FlaggedAccountsBefore,
    int FlaggedAccountsAfter,
    int NewlyFlaggedAccounts,
    int NoLongerFlaggedAccounts)
{
    /// <summary>Number of changes of the given kind.</summary>
    public int Count(LineageKind kind) => Changes.Count(c => c.Kind == kind);
}

/// <summary>How one cluster changed.</summary>
/// <param name="Kind">New, continued, grown, shrunk, merged, split or dissolved.</param>
/// <param name="ClusterId">The later cluster's id (the earlier one's for a dissolved cluster).</param>
/// <param name="Links">The earlier clusters it shares members with, strongest first (empty for new and dissolved).</param>
/// <param name="SizeBefore">Members of the linked earlier clusters together (the dissolved cluster's size).</param>
/// <param name="SizeAfter">Members now (0 when dissolved).</param>
/// <param name="MembersJoined">Members now that were in none of the linked earlier clusters.</param>
/// <param name="MembersLeft">Members of the linked earlier clusters that are not in this one.</param>
/// <param name="ScoreBefore">Score of the strongest linked earlier cluster; null when there is none.</param>
/// <param name="ScoreAfter">Score now; null when dissolved.</param>
/// <param name="FlaggedBefore">Whether any linked earlier cluster was flagged.</param>
/// <param name="FlaggedAfter">Whether it is flagged now.</param>
/// <param name="Sentence">The change in words.</param>
public sealed record ClusterChange(
    LineageKind Kind,
    string ClusterId,
    IReadOnlyList<LineageLink> Links,
    int SizeBefore,
    int SizeAfter,
    int MembersJoined,
    int MembersLeft,
    double? ScoreBefore,
    double? ScoreAfter,
    bool FlaggedBefore,
    bool FlaggedAfter,
    string Sentence);
