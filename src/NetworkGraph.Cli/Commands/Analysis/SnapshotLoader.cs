using NetworkGraph.Cli.Hosting;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary>Finds a snapshot by "latest", a version number or an id, with a usage error when there is none.</summary>
internal static class SnapshotLoader
{
    public static async Task<Snapshot> LoadAsync(SnapshotRepository repository, string which, CancellationToken ct)
    {
        Snapshot? snapshot = which switch
        {
            "latest" => await repository.LoadLatestAsync(ct),
            _ when int.TryParse(which, out var version) => await repository.LoadVersionAsync(version, ct),
            _ => await repository.LoadAsync(which, ct),
        };
        return snapshot ?? throw new UsageException(
            which == "latest" ? "the store has no snapshot yet: run 'networkgraph analyze' first" : $"no snapshot '{which}' in the store");
    }
}
