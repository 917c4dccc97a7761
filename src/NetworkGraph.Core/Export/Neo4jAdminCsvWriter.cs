using System.Text;
using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Export;

/// <summary>Options for <see cref="Neo4jAdminCsvWriter"/>.</summary>
public sealed record Neo4jAdminCsvOptions
{
    /// <summary>The node label and id space (<c>id:ID(Account)</c>).</summary>
    public string NodeLabel { get; init; } = "Account";

    /// <summary>An extra label for nodes in flagged clusters, or null for none.</summary>
    public string? FlaggedLabel { get; init; } = "Flagged";
}

/// <summary>Writes the node and relationship files of <c>neo4j-admin database import full</c>, with typed headers and ';'-separated arrays.</summary>
public static class Neo4jAdminCsvWriter
{
    /// <summary>Writes nodes to <paramref name="nodes"/> and relationships to <paramref name="relationships"/> (both left open).</summary>
    /// <exception cref="ArgumentException">The graph is inconsistent or a label is not an identifier; nothing is written then.</exception>
    public static async Task<ExportSummary> WriteAsync(ExportGraph graph, Stream nodes, Stream relationships, Neo4jAdminCsvOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        options ??= new Neo4jAdminCsvOptions();
        var label = Identifier(options.NodeLabel);
        var flagged = options.FlaggedLabel is null ? null : Identifier(options.FlaggedLabel);
        var g = PreparedGraph.Create(graph);

        await using (var table = new CsvTable(nodes, neutralizeFormulas: false))
        {
            await table.WriteHeaderAsync([$"id:ID({label})", ":LABEL", "handle", .. g.NodeColumns.Select(Header)], ct);
            foreach (var n in g.Nodes)
            {
                ct.ThrowIfCancellationRequested();
                var labels = n.Source.Flagged && flagged is not null ? $"{label};{flagged}" : label;
                await table.WriteRowAsync([CsvCell.Data(n.Id), CsvCell.Data(labels), CsvCell.Data(Handle(n.Label)), .. Cells(g.NodeColumns, n.Values)], ct);
            }

            await table.FlushAsync(ct);
        }

        await using (var table = new CsvTable(relationships, neutralizeFormulas: false))
        {
            // Kinds a share table named are all CO_SHARE (as the Neo4j push stores them), told apart by a kind column.
            string[] kindHeader = g.EdgeKinds.Keys.Any(ShareKindNames.IsShareTableKind) ? ["kind"] : [];
            await table.WriteHeaderAsync([$":START_ID({label})", $":END_ID({label})", ":TYPE", "weight:double", .. kindHeader, .. g.EdgeColumns.Select(Header)], ct);
            foreach (var e in g.Edges)
            {
                ct.ThrowIfCancellationRequested();
                CsvCell[] kind = kindHeader.Length == 0 ? [] : [CsvCell.Data(ShareKindNames.IsShareTableKind(e.Kind) ? e.Kind : string.Empty)];
                await table.WriteRowAsync(
                    [CsvCell.Data(e.SourceId), CsvCell.Data(e.TargetId), CsvCell.Data(RelationshipType(e.Kind)), CsvCell.Data(ExportValueFormatter.Number(e.Weight)), .. kind, .. Cells(g.EdgeColumns, e.Values)],
                    ct);
            }

            await table.FlushAsync(ct);
        }

        return ExportSummary.Of(g);
    }

    /// <summary>The relationship type for an edge kind: CO_SHARE for a kind a share table named (co_share, co_image...),
    /// else upper case, every character outside [A-Z0-9_] replaced by '_' (<c>co_retweet</c> becomes <c>CO_RETWEET</c>).</summary>
    public static string RelationshipType(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (ShareKindNames.IsShareTableKind(kind))
        {
            return "CO_SHARE";
        }

        var sb = new StringBuilder(kind.Length);
        foreach (var c in kind.ToUpperInvariant())
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return sb.Length == 0 || char.IsAsciiDigit(sb[0]) ? "_" + sb : sb.ToString();
    }

    /// <summary>The import command for the two files (Neo4j 5 syntax; multi-line fields are on because free text may hold line breaks).</summary>
    public static string ImportCommand(string database, string nodesFile, string relationshipsFile) =>
        $"neo4j-admin database import full --nodes={nodesFile} --relationships={relationshipsFile} --multiline-fields=true --array-delimiter=';' {database}";

    private static string Header(ExportColumn column) => column.Type switch
    {
        ExportValueType.Integer => $"{column.Id}:int",
        ExportValueType.Long => $"{column.Id}:long",
        ExportValueType.Double => $"{column.Id}:double",
        ExportValueType.Float => $"{column.Id}:float",
        ExportValueType.Boolean => $"{column.Id}:boolean",
        ExportValueType.Date => $"{column.Id}:datetime",
        ExportValueType.StringList => $"{column.Id}:string[]",
        _ => column.Id,
    };

    // Arrays are ';'-separated and an item cannot escape the delimiter: a ';' inside an item becomes ','.
    private static IEnumerable<CsvCell> Cells(IReadOnlyList<ExportColumn> columns, IReadOnlyList<PreparedValue> values) =>
        columns.Select(column => values.FirstOrDefault(v => ReferenceEquals(v.Column, column)) switch
        {
            null => CsvCell.Data(string.Empty),
            { Text: { } text } => CsvCell.Data(text),
            { Items: { } items } => CsvCell.Data(string.Join(';', items.Select(i => i.Replace(';', ',')))),
            _ => CsvCell.Data(string.Empty),
        });

    private static string Handle(string label) => label.StartsWith('@') ? label[1..] : label;

    private static string Identifier(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : throw new ArgumentException($"'{TextSanitizer.Clean(name)}' is not a label identifier ([A-Za-z][A-Za-z0-9_]*).", nameof(name));
}
