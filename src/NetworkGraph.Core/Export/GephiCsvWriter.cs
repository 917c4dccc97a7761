namespace NetworkGraph.Core.Export;

/// <summary>Options for <see cref="GephiCsvWriter"/>.</summary>
public sealed record GephiCsvOptions
{
    /// <summary>Prefix text cells starting with = + - @ with a single quote so spreadsheets do not evaluate them (labels like <c>@handle</c> then read <c>'@handle</c>); turn off only for files that go straight into Gephi.</summary>
    public bool NeutralizeFormulas { get; init; } = true;

    /// <summary>Write a <c>Time Interval</c> column from spells when any node or edge has one.</summary>
    public bool WriteSpells { get; init; } = true;

    /// <summary>The resolution of the intervals.</summary>
    public GexfTimeFormat TimeFormat { get; init; } = GexfTimeFormat.Date;
}

/// <summary>Writes the two files of Gephi's spreadsheet import: nodes (Id, Label, columns) and edges (Source, Target, Type, Kind, Id, Weight, columns).</summary>
public static class GephiCsvWriter
{
    /// <summary>Writes the node table to <paramref name="nodes"/> and the edge table to <paramref name="edges"/> (both left open).</summary>
    /// <exception cref="ArgumentException">The graph is inconsistent; nothing is written then.</exception>
    public static async Task<ExportSummary> WriteAsync(ExportGraph graph, Stream nodes, Stream edges, GephiCsvOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        options ??= new GephiCsvOptions();
        var g = PreparedGraph.Create(graph);
        var nodeSpells = g.Nodes.Select(n => Spells(n.Source.Spells, options, $"Node '{n.Id}'")).ToArray();
        if (options.WriteSpells && g.ReversedEdgeSpell is { } reversed)
        {
            throw reversed;
        }

        var intervals = nodeSpells.Any(s => s.Count > 0) || (options.WriteSpells && g.AnyEdgeSpells);

        await using (var table = new CsvTable(nodes, options.NeutralizeFormulas))
        {
            await table.WriteHeaderAsync(["Id", "Label", .. g.NodeColumns.Select(c => c.Id), .. intervals ? new[] { "Time Interval" } : []], ct);
            for (var i = 0; i < g.Nodes.Length; i++)
            {
                var n = g.Nodes[i];
                var cells = new List<CsvCell> { CsvCell.Text(n.Id), CsvCell.Text(n.Label) };
                cells.AddRange(Cells(g.NodeColumns, n.Values));
                if (intervals)
                {
                    cells.Add(CsvCell.Data(Interval(nodeSpells[i], options.TimeFormat)));
                }

                await table.WriteRowAsync(cells, ct);
            }

            await table.FlushAsync(ct);
        }

        await using (var table = new CsvTable(edges, options.NeutralizeFormulas))
        {
            await table.WriteHeaderAsync(["Source", "Target", "Type", "Kind", "Id", "Weight", .. g.EdgeColumns.Select(c => c.Id), .. intervals ? new[] { "Time Interval" } : []], ct);
            var type = graph.Directed ? "Directed" : "Undirected";
            foreach (var e in g.Edges)
            {
                var cells = new List<CsvCell>
                {
                    CsvCell.Text(e.SourceId), CsvCell.Text(e.TargetId), CsvCell.Data(type), CsvCell.Text(e.Kind), CsvCell.Text(e.Id),
                    CsvCell.Data(ExportValueFormatter.Number(e.Weight)),
                };
                cells.AddRange(Cells(g.EdgeColumns, e.Values));
                if (intervals)
                {
                    cells.Add(CsvCell.Data(Interval(Spells(e.Source.Spells, options, $"Edge '{e.Id}'"), options.TimeFormat)));
                }

                await table.WriteRowAsync(cells, ct);
            }

            await table.FlushAsync(ct);
        }

        return ExportSummary.Of(g);
    }

    /// <summary>One cell per column, empty where the value is missing; lists are ';'-joined.</summary>
    internal static IEnumerable<CsvCell> Cells(IReadOnlyList<ExportColumn> columns, IReadOnlyList<PreparedValue> values)
    {
        foreach (var column in columns)
        {
            var value = values.FirstOrDefault(v => ReferenceEquals(v.Column, column));
            var text = value is null ? string.Empty : value.Text ?? string.Join(';', value.Items!);
            yield return column.Type is ExportValueType.String or ExportValueType.StringList ? CsvCell.Text(text) : CsvCell.Data(text);
        }
    }

    // Gephi's interval-set syntax: <[start, end]; [start, end]>.
    private static string Interval(IReadOnlyList<ExportSpell> spells, GexfTimeFormat format) => spells.Count == 0
        ? string.Empty
        : "<" + string.Join("; ", spells.Select(s => $"[{SpellSet.Format(s.Start, format)}, {SpellSet.Format(s.End, format)}]")) + ">";

    private static IReadOnlyList<ExportSpell> Spells(IReadOnlyList<ExportSpell> spells, GephiCsvOptions options, string owner) =>
        options.WriteSpells ? SpellSet.Normalize(spells, options.TimeFormat, owner) : [];
}
