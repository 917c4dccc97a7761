namespace NetworkGraph.Core.Export;

/// <summary>Writes cluster membership as CSV: account_id, handle, cluster_id, score, flagged; one row per clustered node, by cluster then account.</summary>
public static class MembershipCsvWriter
{
    /// <summary>Writes the membership table to <paramref name="output"/> (left open); text cells are neutralised against spreadsheet formulas.</summary>
    /// <returns>The number of rows written (header excluded).</returns>
    /// <exception cref="ArgumentException">A node is inconsistent (the edges are not read); nothing is written then.</exception>
    public static async Task<int> WriteAsync(ExportGraph graph, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var rows = PreparedGraph.PrepareNodes(graph)
            .Where(n => n.Cluster is not null)
            .OrderBy(n => n.Cluster, StringComparer.Ordinal)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();

        await using var table = new CsvTable(output, neutralizeFormulas: true);
        await table.WriteHeaderAsync(["account_id", "handle", "cluster_id", "score", "flagged"], ct);
        foreach (var n in rows)
        {
            ct.ThrowIfCancellationRequested();
            await table.WriteRowAsync(
            [
                CsvCell.Text(n.Id),
                CsvCell.Text(n.Label.StartsWith('@') ? n.Label[1..] : n.Label),
                CsvCell.Text(n.Cluster),
                CsvCell.Data(n.Source.Score is { } s ? ExportValueFormatter.Number(s) : string.Empty),
                CsvCell.Data(ExportValueFormatter.Bool(n.Source.Flagged)),
            ], ct);
        }

        await table.FlushAsync(ct);
        return rows.Count;
    }
}
