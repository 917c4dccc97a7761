using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Evaluation;

/// <summary>Scores a snapshot against ground truth: detection, cluster agreement and campaign dates.</summary>
public static class SnapshotEvaluator
{
    /// <summary>Compares <paramref name="snapshot"/> with <paramref name="truth"/> (and <paramref name="campaigns"/> when given).</summary>
    public static EvaluationReport Evaluate(Snapshot snapshot, GroundTruth truth, IReadOnlyList<TruthCampaign>? campaigns = null, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(truth);
        options ??= new EvaluationOptions();
        if (options.CampaignToleranceDays < 0)
        {
            throw new ArgumentException("Option CampaignToleranceDays must not be negative.", nameof(options));
        }

        var hasPositives = HasPositives(truth, options.PositiveLabel);

        return new EvaluationReport(
            snapshot.Id,
            truth.Source,
            hasPositives ? Detection(snapshot, truth, options.PositiveLabel) : null,
            Agreement(snapshot, truth, options.PreferCommunities && truth.HasCommunities),
            campaigns is null ? null : CampaignScores(snapshot, campaigns, options),
            LabelScorer.Score(snapshot, truth))
        {
            Operation = hasPositives ? OperationCoverage.Of(snapshot, truth, options.PositiveLabel) : null,
        };
    }

    /// <summary>Whether some account carries the positive label. A table of other labels in a named label column
    /// (e.g. the IRA categories) is scored by its labels alone; but without a label column (a file without labels,
    /// whose second column was taken) precision and recall would read 0 as if detection had failed: it is an error
    /// naming the file and column.</summary>
    private static bool HasPositives(GroundTruth truth, string positive)
    {
        if (truth.Accounts.Values.Any(a => string.Equals(a.Label, positive, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (truth.LabelColumnNamed && truth.Accounts.Count > 0)
        {
            return false;
        }

        var labels = truth.Accounts.Values.Select(a => a.Label).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", labels.Take(5).Select(l => $"'{l}'")) + (labels.Count > 5 ? $" and {labels.Count - 5} more" : "");
        throw new TruthFileException(truth.Accounts.Count == 0
            ? $"{truth.Source}: no labelled account."
            : $"{truth.Source}: column '{truth.LabelColumn}' labels no account '{positive}' (its labels: {shown}).");
    }

    private static DetectionScores Detection(Snapshot snapshot, GroundTruth truth, string positive)
    {
        var flagged = snapshot.Clusters.Where(c => c.Flagged).SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var account in truth.Accounts.Values)
        {
            var isPositive = string.Equals(account.Label, positive, StringComparison.OrdinalIgnoreCase);
            var isFlagged = flagged.Contains(account.AccountId);
            if (isFlagged)
            {
                tp += isPositive ? 1 : 0;
                fp += isPositive ? 0 : 1;
            }
            else
            {
                fn += isPositive ? 1 : 0;
                tn += isPositive ? 0 : 1;
            }
        }

        var precision = tp + fp > 0 ? tp / (double)(tp + fp) : 0;
        var recall = tp + fn > 0 ? tp / (double)(tp + fn) : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        var unlabelled = flagged.Count(a => !truth.Accounts.ContainsKey(a));
        return new DetectionScores(positive, tp, fp, fn, tn, precision, recall, f1, unlabelled);
    }

    private static PartitionAgreement Agreement(Snapshot snapshot, GroundTruth truth, bool useCommunities)
    {
        var found = new List<string>();
        var known = new List<string>();
        foreach (var cluster in snapshot.Clusters)
        {
            foreach (var member in cluster.Members)
            {
                if (truth.Accounts.TryGetValue(member, out var t) && (useCommunities ? t.Community : t.Label) is { } label)
                {
                    found.Add(cluster.Id);
                    known.Add(label);
                }
            }
        }

        return new PartitionAgreement(useCommunities ? "community" : "label", found.Count, PartitionMetrics.Nmi(found, known), PartitionMetrics.Ari(found, known));
    }

    private static CampaignEvaluation CampaignScores(Snapshot snapshot, IReadOnlyList<TruthCampaign> truth, EvaluationOptions options)
    {
        var tol = options.CampaignToleranceDays;
        var found = snapshot.Clusters
            .Where(c => c.Flagged || !options.FlaggedCampaignsOnly)
            .SelectMany(c => c.Report.Campaigns.Select(k => (Cluster: c.Id, Campaign: k)))
            .ToArray();
        bool Near(TruthCampaign t, Clustering.Campaign f) =>
            Math.Abs(f.Start.DayNumber - t.Start.DayNumber) <= tol && Math.Abs(f.End.DayNumber - t.End.DayNumber) <= tol;
        int Error(TruthCampaign t, Clustering.Campaign f) => Math.Abs(f.Start.DayNumber - t.Start.DayNumber) + Math.Abs(f.End.DayNumber - t.End.DayNumber);

        // One found campaign per known campaign, closest pairs first; a found campaign serves at most one known campaign.
        var pairs = truth.SelectMany((t, ti) => found.Select((f, fi) => (ti, fi)).Where(p => Near(t, found[p.fi].Campaign)))
            .OrderBy(p => Error(truth[p.ti], found[p.fi].Campaign))
            .ThenBy(p => p.ti)
            .ThenBy(p => p.fi);
        var matchOf = new int?[truth.Count];
        var used = new bool[found.Length];
        foreach (var (ti, fi) in pairs)
        {
            if (matchOf[ti] is null && !used[fi])
            {
                matchOf[ti] = fi;
                used[fi] = true;
            }
        }

        var matches = truth.Select((t, ti) =>
        {
            if (matchOf[ti] is not { } fi)
            {
                return new CampaignMatch(t, null, null, null, null, null, null);
            }

            var (cluster, f) = found[fi];
            return new CampaignMatch(t, cluster, f.Index, f.Start, f.End, f.Start.DayNumber - t.Start.DayNumber, f.End.DayNumber - t.End.DayNumber);
        }).ToArray();
        var foundMatching = found.Count(f => truth.Any(t => Near(t, f.Campaign)));
        return new CampaignEvaluation(
            tol,
            matches,
            found.Length,
            foundMatching,
            found.Length > 0 ? foundMatching / (double)found.Length : 0,
            truth.Count > 0 ? matches.Count(m => m.ClusterId is not null) / (double)truth.Count : 0);
    }
}
