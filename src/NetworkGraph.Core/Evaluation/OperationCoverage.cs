using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Evaluation;

/// <summary>How much of the labelled operation one flagged network holds: the analyst should read one operation as
/// one network, not as several.</summary>
/// <param name="OperationId">The flagged operation holding the most positive accounts; null when none is flagged.</param>
/// <param name="Parts">Its clusters.</param>
/// <param name="PositivesInIt">Positive accounts in it.</param>
/// <param name="OthersInIt">Labelled accounts in it that are not positive.</param>
/// <param name="Positives">Positive accounts in the truth.</param>
/// <param name="Share">PositivesInIt / Positives.</param>
public sealed record OperationCoverage(string? OperationId, int Parts, int PositivesInIt, int OthersInIt, int Positives, double Share)
{
    /// <summary>The flagged operation of <paramref name="snapshot"/> with the most accounts labelled <paramref name="positive"/>
    /// (ties: the better ranked); a snapshot without operations counts each flagged cluster as its own.</summary>
    public static OperationCoverage Of(Snapshot snapshot, GroundTruth truth, string positive)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(truth);
        bool IsPositive(string id) => truth.Accounts.TryGetValue(id, out var t) && string.Equals(t.Label, positive, StringComparison.OrdinalIgnoreCase);
        var positives = truth.Accounts.Values.Count(a => string.Equals(a.Label, positive, StringComparison.OrdinalIgnoreCase));
        var networks = snapshot.Operations.Count > 0
            ? snapshot.Operations.Where(o => o.Flagged).Select(o => (o.Id, o.Parts.Count, Members: snapshot.MembersOf(o).ToArray()))
            : snapshot.Clusters.Where(c => c.Flagged).Select(c => (c.Id, 1, Members: c.Members.ToArray()));
        var best = networks
            .Select(n => (n.Id, Parts: n.Item2, In: n.Members.Count(IsPositive), Others: n.Members.Count(m => truth.Accounts.ContainsKey(m) && !IsPositive(m))))
            .OrderByDescending(n => n.In)
            .FirstOrDefault();
        return best.Id is null
            ? new OperationCoverage(null, 0, 0, 0, positives, 0)
            : new OperationCoverage(best.Id, best.Parts, best.In, best.Others, positives, positives > 0 ? best.In / (double)positives : 0);
    }
}
