namespace NetworkGraph.Core.Evaluation;

/// <summary>How a snapshot compares with the ground truth.</summary>
/// <param name="SnapshotId">The evaluated snapshot.</param>
/// <param name="TruthSource">The truth file.</param>
/// <param name="Detection">Flagged accounts against the positive label; null when no account carries it (a table of other labels).</param>
/// <param name="Agreement">Clusters against the truth's communities or labels.</param>
/// <param name="Campaigns">Found campaigns against the campaigns file; null without one.</param>
/// <param name="Labels">Coverage, purity, NMI, ARI and the flagged share per label, against the truth's labels.</param>
public sealed record EvaluationReport(
    string SnapshotId,
    string TruthSource,
    DetectionScores? Detection,
    PartitionAgreement Agreement,
    CampaignEvaluation? Campaigns,
    LabelEvaluation Labels)
{
    /// <summary>The share of the positive accounts in the largest flagged operation (one network, not several).</summary>
    public OperationCoverage? Operation { get; init; }
}

/// <summary>Precision, recall and F1 of flagged accounts (positive = the configured label).</summary>
/// <param name="PositiveLabel">The label counted as positive.</param>
/// <param name="TruePositives">Flagged and positive.</param>
/// <param name="FalsePositives">Flagged, labelled otherwise.</param>
/// <param name="FalseNegatives">Positive, not flagged.</param>
/// <param name="TrueNegatives">Neither.</param>
/// <param name="Precision">TP / (TP + FP); 0 when nothing is flagged.</param>
/// <param name="Recall">TP / (TP + FN); 0 when there is no positive.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="UnlabelledFlagged">Flagged accounts the truth does not list (left out of the counts).</param>
public sealed record DetectionScores(
    string PositiveLabel,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    int TrueNegatives,
    double Precision,
    double Recall,
    double F1,
    int UnlabelledFlagged);

/// <summary>NMI and ARI of the snapshot's clusters against truth labels, over accounts present in both.</summary>
/// <param name="LabelSource">"community" or "label": which truth column was compared.</param>
/// <param name="Accounts">Accounts compared.</param>
/// <param name="Nmi">Normalised mutual information.</param>
/// <param name="Ari">Adjusted Rand index.</param>
public sealed record PartitionAgreement(string LabelSource, int Accounts, double Nmi, double Ari);

/// <summary>Known campaigns against those found in the snapshot's flagged clusters.</summary>
/// <param name="ToleranceDays">Largest start or end difference for a match.</param>
/// <param name="Matches">One entry per known campaign, in file order.</param>
/// <param name="Found">Campaigns found.</param>
/// <param name="FoundMatching">Found campaigns within tolerance of some known campaign.</param>
/// <param name="Precision">FoundMatching / Found.</param>
/// <param name="Recall">Known campaigns matched / known campaigns.</param>
public sealed record CampaignEvaluation(
    int ToleranceDays,
    IReadOnlyList<CampaignMatch> Matches,
    int Found,
    int FoundMatching,
    double Precision,
    double Recall);

/// <summary>A known campaign and the found campaign that matched it, if any.</summary>
/// <param name="Truth">The known campaign.</param>
/// <param name="ClusterId">Cluster whose campaign matched; null when none did.</param>
/// <param name="CampaignIndex">That campaign's index in its cluster.</param>
/// <param name="FoundStart">Found start day.</param>
/// <param name="FoundEnd">Found end day.</param>
/// <param name="StartErrorDays">Found start minus known start, in days.</param>
/// <param name="EndErrorDays">Found end minus known end, in days.</param>
public sealed record CampaignMatch(
    TruthCampaign Truth,
    string? ClusterId,
    int? CampaignIndex,
    DateOnly? FoundStart,
    DateOnly? FoundEnd,
    int? StartErrorDays,
    int? EndErrorDays);

/// <summary>Evaluation settings.</summary>
public sealed class EvaluationOptions
{
    /// <summary>The truth label that flagged accounts should carry.</summary>
    public string PositiveLabel { get; init; } = "operation";

    /// <summary>Compare clusters with the truth's community column when present (else its labels).</summary>
    public bool PreferCommunities { get; init; } = true;

    /// <summary>A found campaign matches a known one when both its start and end are within this many days.</summary>
    public int CampaignToleranceDays { get; init; } = 1;

    /// <summary>Only campaigns of flagged clusters count as found.</summary>
    public bool FlaggedCampaignsOnly { get; init; } = true;
}
