namespace NetworkGraph.Core.Export;

/// <summary>What a graph writer wrote: counts, declared columns and the columns that received at least one value.</summary>
/// <param name="Nodes">Nodes written.</param>
/// <param name="Edges">Edges written.</param>
/// <param name="NodeColumns">Declared node column ids, in order.</param>
/// <param name="EdgeColumns">Declared edge column ids, in order.</param>
/// <param name="UsedNodeColumns">Node column ids with at least one value written, in declaration order.</param>
/// <param name="UsedEdgeColumns">Edge column ids with at least one value written, in declaration order.</param>
/// <param name="EdgeKinds">Edges written per kind, ordered by kind.</param>
public sealed record ExportSummary(
    int Nodes,
    int Edges,
    IReadOnlyList<string> NodeColumns,
    IReadOnlyList<string> EdgeColumns,
    IReadOnlyList<string> UsedNodeColumns,
    IReadOnlyList<string> UsedEdgeColumns,
    IReadOnlyDictionary<string, int> EdgeKinds)
{
    internal static ExportSummary Of(PreparedGraph graph) => new(
        graph.Nodes.Length,
        graph.Edges.Count,
        graph.NodeColumns.Select(c => c.Id).ToArray(),
        graph.EdgeColumns.Select(c => c.Id).ToArray(),
        Used(graph.NodeColumns, graph.Nodes.SelectMany(n => n.Values)),
        graph.UsedEdgeColumns.Select(c => c.Id).ToArray(),
        graph.EdgeKinds);

    private static string[] Used(IReadOnlyList<ExportColumn> columns, IEnumerable<PreparedValue> values)
    {
        var used = values.Select(v => v.Column.Id).ToHashSet(StringComparer.Ordinal);
        return columns.Where(c => used.Contains(c.Id)).Select(c => c.Id).ToArray();
    }
}
