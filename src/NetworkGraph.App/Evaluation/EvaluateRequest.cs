namespace NetworkGraph.App.Evaluation;

/// <summary>Which snapshot to compare with which ground truth.</summary>
/// <param name="Database">The SQLite store holding the snapshot.</param>
/// <param name="Snapshot">The snapshot selector: latest, a version (3 or v3) or an id.</param>
/// <param name="TruthPath">Ground truth CSV: account_id, role[, campaigns, community].</param>
/// <param name="CampaignsPath">Known campaigns JSON; null for campaigns.json beside the truth file, if present.</param>
/// <param name="PositiveLabel">The truth label flagged accounts should carry.</param>
internal sealed record EvaluateRequest(string Database, string Snapshot, string TruthPath, string? CampaignsPath, string PositiveLabel);
