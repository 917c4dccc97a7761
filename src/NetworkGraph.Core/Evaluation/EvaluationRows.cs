using System.Globalization;

namespace NetworkGraph.Core.Evaluation;

/// <summary>An evaluation report as the rows of the tables <c>evaluate</c> prints (measure and value, plain text).</summary>
public static class EvaluationRows
{
    /// <summary>The measures: detection against the positive label when the truth has it, cluster agreement, and the
    /// coverage, purity, NMI and ARI of all and of flagged clusters against the labels.</summary>
    public static IReadOnlyList<(string Measure, string Value)> Measures(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<(string, string)>();
        if (report.Detection is { } d)
        {
            rows.Add(("flagged accounts labelled " + d.PositiveLabel, $"TP {d.TruePositives:N0}, FP {d.FalsePositives:N0}, FN {d.FalseNegatives:N0}"));
            rows.Add(("precision", F(d.Precision)));
            rows.Add(("recall", F(d.Recall)));
            rows.Add(("F1", F(d.F1)));
            if (report.Operation is { } o)
            {
                rows.Add(($"share of {d.PositiveLabel} accounts in the largest flagged operation",
                    $"{F(o.Share)} ({o.PositivesInIt:N0} of {o.Positives:N0} in {o.OperationId ?? "none"}, {o.Parts} part(s), {o.OthersInIt:N0} others)"));
            }
        }

        rows.Add(($"NMI (clusters vs {report.Agreement.LabelSource})", F(report.Agreement.Nmi)));
        rows.Add(($"ARI (clusters vs {report.Agreement.LabelSource})", F(report.Agreement.Ari)));
        var labels = report.Labels;
        foreach (var (name, s) in new[] { ("all clusters", labels.AllClusters), ("flagged clusters", labels.FlaggedClusters) })
        {
            rows.Add(($"{name}: labelled accounts in clusters", $"{s.LabelledInClusters:N0} of {labels.LabelledAccounts:N0} ({s.Clusters:N0} clusters, {s.AccountsInClusters:N0} accounts)"));
            rows.Add(($"{name}: coverage", F(s.Coverage)));
            rows.Add(($"{name}: purity vs {labels.LabelColumn}", F(s.Purity)));
            rows.Add(($"{name}: NMI vs {labels.LabelColumn}", F(s.Nmi)));
            rows.Add(($"{name}: ARI vs {labels.LabelColumn}", F(s.Ari)));
        }

        return rows;
    }

    /// <summary>One row per label: accounts, in clusters, flagged and the flagged share.</summary>
    public static IReadOnlyList<string[]> PerLabel(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Labels.PerLabel
            .Select(l => new[] { l.Label, N(l.Accounts), N(l.InClusters), N(l.Flagged), F(l.FlaggedShare) })
            .ToList();
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "-";
}
