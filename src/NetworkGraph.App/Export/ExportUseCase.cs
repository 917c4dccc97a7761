using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Reporting;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.App.Export;

/// <summary>Writes a snapshot of the store as files (<c>export FORMAT</c>, <c>export report</c>, and the demo's Gephi
/// file and report), with the edges of the snapshot's own run (<see cref="StoreExportSource"/>).</summary>
internal sealed class ExportUseCase(TimeProvider time)
{
    /// <summary>Writes the snapshot the request selects in the request's format.</summary>
    public async Task<ExportOutcome> RunAsync(ExportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var store = StoreFiles.OpenExisting(request.Database, time);
        var report = new ReportOptions();
        var input = await new StoreExportSource(store).LoadAsync(request.Snapshot, request.Format == SnapshotExportFormat.Report ? report : null, ct);
        if (UnknownKind(request.Options.Filter.Kinds, input.Edges) is { } unknown)
        {
            throw new UsageException($"--kinds: unknown kind '{unknown}': not built in, and no share table in {store.Path} names it.");
        }

        var result = await new SnapshotExporter(request.Options, report).ExportAsync(input, request.Format, request.Out, ct);
        return new ExportOutcome(store.Path, input, result);
    }

    /// <summary>Writes the Gephi file (clustered accounts only) and the analyst's report of one snapshot.</summary>
    public async Task<SnapshotExportPaths> WriteGexfAndReportAsync(string database, string snapshotId, string outDirectory, CancellationToken ct)
    {
        await using var store = StoreFiles.OpenExisting(database, time);
        var report = new ReportOptions();
        var input = await new StoreExportSource(store).LoadAsync(SnapshotSelector.OfId(snapshotId), report, ct);
        var exporter = new SnapshotExporter(new SnapshotExportOptions { IncludeUnclustered = false }, report);
        return await exporter.WriteGexfAndReportAsync(input, outDirectory, ct);
    }

    /// <summary>The first asked-for kind that is neither built in nor held by the edges (a share table's co-NAME that
    /// the store does not have, e.g. a misspelling), or null.</summary>
    public static string? UnknownKind(IReadOnlySet<string>? asked, IEnumerable<SnapshotExportEdge> edges)
    {
        if (asked is null)
        {
            return null;
        }

        var held = edges.Select(e => e.Kind).ToHashSet(StringComparer.Ordinal);
        var builtIn = Enum.GetValues<ShareKind>().Select(ShareKindNames.ClusterName).ToHashSet(StringComparer.Ordinal);
        return asked.Order(StringComparer.Ordinal).FirstOrDefault(k => !builtIn.Contains(k) && !held.Contains(k));
    }
}
