namespace NetworkGraph.Core.Evaluation;

/// <summary>How the snapshot's clusters follow any account -> label table (e.g. the IRA's troll categories).</summary>
/// <param name="LabelColumn">The truth column the labels came from.</param>
/// <param name="LabelledAccounts">Accounts the truth labels.</param>
/// <param name="AllClusters">Scores over every cluster of the snapshot.</param>
/// <param name="FlaggedClusters">Scores over the flagged clusters only.</param>
/// <param name="PerLabel">Each label's accounts, clustered and flagged, by label.</param>
public sealed record LabelEvaluation(
    string LabelColumn,
    int LabelledAccounts,
    ClusterLabelScores AllClusters,
    ClusterLabelScores FlaggedClusters,
    IReadOnlyList<LabelShare> PerLabel);

/// <summary>Coverage, purity, NMI and ARI of a set of clusters against the labels (as scripts/real-data/score_labels.py).</summary>
/// <param name="Clusters">Clusters in the set.</param>
/// <param name="AccountsInClusters">Their members, labelled or not.</param>
/// <param name="LabelledInClusters">Labelled accounts among the members.</param>
/// <param name="Coverage">LabelledInClusters / labelled accounts; null when the truth labels no account.</param>
/// <param name="Purity">Sum over clusters of its largest label count / LabelledInClusters; null when no member is labelled.</param>
/// <param name="Nmi">NMI of clusters against labels over the labelled members; null when no member is labelled.</param>
/// <param name="Ari">ARI of clusters against labels over the labelled members; null when no member is labelled.</param>
public sealed record ClusterLabelScores(
    int Clusters,
    int AccountsInClusters,
    int LabelledInClusters,
    double? Coverage,
    double? Purity,
    double? Nmi,
    double? Ari);

/// <summary>One label's accounts: how many the truth lists, how many are clustered and how many flagged.</summary>
/// <param name="Label">The label.</param>
/// <param name="Accounts">Accounts with this label.</param>
/// <param name="InClusters">Of which in some cluster.</param>
/// <param name="Flagged">Of which in a flagged cluster.</param>
/// <param name="FlaggedShare">Flagged / Accounts.</param>
public sealed record LabelShare(string Label, int Accounts, int InClusters, int Flagged, double FlaggedShare);
