using NetworkGraph.Core.Export;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.App.Export;

/// <summary>Which snapshot to write, in which format, where.</summary>
/// <param name="Database">The SQLite store holding the snapshot.</param>
/// <param name="Snapshot">The snapshot to write.</param>
/// <param name="Format">The format.</param>
/// <param name="Out">The output folder.</param>
/// <param name="Options">Filter and visuals.</param>
internal sealed record ExportRequest(string Database, SnapshotSelector Snapshot, SnapshotExportFormat Format, string Out, SnapshotExportOptions Options);

/// <summary>What an export wrote.</summary>
/// <param name="Store">The store's path.</param>
/// <param name="Input">The snapshot and graph that were exported.</param>
/// <param name="Result">The files written and what they hold.</param>
internal sealed record ExportOutcome(string Store, SnapshotExportInput Input, SnapshotExportResult Result);
