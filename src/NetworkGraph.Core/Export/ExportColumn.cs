namespace NetworkGraph.Core.Export;

/// <summary>A declared attribute column: its id (also its title in every format) and its type.</summary>
/// <param name="Id">The column id, unique among node (or edge) columns and not one of <see cref="ExportColumns.Reserved"/>.</param>
/// <param name="Type">The value type every value in this column must have.</param>
public sealed record ExportColumn(string Id, ExportValueType Type);
