using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Core.Structure;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Row mapping for a snapshot's operations and amplification summaries (tables of migration V005).</summary>
internal static class SnapshotStructureRows
{
    /// <summary>The V005 tables, children first (the order pruning deletes in).</summary>
    public static IReadOnlyList<string> Tables { get; } =
        ["snapshot_amplification_links", "snapshot_amplified_accounts", "snapshot_amplification", "snapshot_operation_parts", "snapshot_operations"];

    public static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, Snapshot s, CancellationToken ct)
    {
        await using var operation = SnapshotRows.Command(connection, transaction, """
            INSERT INTO snapshot_operations (snapshot_id, operation_id, rank, size, flagged, operation_json)
            VALUES ($s, $o, $rank, $size, $flagged, $json)
            """, "$s", "$o", "$rank", "$size", "$flagged", "$json");
        await using var part = SnapshotRows.Command(connection, transaction,
            "INSERT INTO snapshot_operation_parts (snapshot_id, cluster_id, operation_id) VALUES ($s, $c, $o)", "$s", "$c", "$o");
        foreach (var o in s.Operations)
        {
            await SnapshotRows.Run(operation, ct, s.Id, o.Id, o.Rank, o.Size, o.Flagged ? 1 : 0, SnapshotJson.Serialize(o));
            foreach (var clusterId in o.Parts)
            {
                await SnapshotRows.Run(part, ct, s.Id, clusterId, o.Id);
            }
        }

        await using var summary = SnapshotRows.Command(connection, transaction,
            "INSERT INTO snapshot_amplification (snapshot_id, operation_id, summary_json) VALUES ($s, $o, $json)", "$s", "$o", "$json");
        await using var account = SnapshotRows.Command(connection, transaction, """
            INSERT INTO snapshot_amplified_accounts (snapshot_id, operation_id, account_id, target_rank, amplifier_rank, ring, core)
            VALUES ($s, $o, $a, $tr, $ar, $ring, $core)
            """, "$s", "$o", "$a", "$tr", "$ar", "$ring", "$core");
        await using var link = SnapshotRows.Command(connection, transaction,
            "INSERT INTO snapshot_amplification_links (snapshot_id, operation_id, source_id, target_id, count) VALUES ($s, $o, $a, $b, $n)",
            "$s", "$o", "$a", "$b", "$n");
        foreach (var a in s.Amplification)
        {
            await SnapshotRows.Run(summary, ct, s.Id, a.OperationId, SnapshotJson.Serialize(a with { Accounts = [], Links = [] }));
            foreach (var x in a.Accounts)
            {
                await SnapshotRows.Run(account, ct, s.Id, a.OperationId, x.AccountId, x.TargetRank, x.AmplifierRank, x.Ring, x.Core);
            }

            foreach (var l in a.Links)
            {
                await SnapshotRows.Run(link, ct, s.Id, a.OperationId, l.Source, l.Target, l.Count);
            }
        }
    }

    public static async Task<(IReadOnlyList<SnapshotOperation> Operations, IReadOnlyList<AmplificationSummary> Amplification)> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, string snapshotId, CancellationToken ct)
    {
        var operations = new List<SnapshotOperation>();
        await foreach (var json in Strings(connection, transaction, "SELECT operation_json FROM snapshot_operations WHERE snapshot_id = $s ORDER BY rank", snapshotId, ct))
        {
            operations.Add(SnapshotJson.Deserialize<SnapshotOperation>(json));
        }

        var accounts = new Dictionary<string, List<AmplifiedAccount>>(StringComparer.Ordinal);
        await using (var command = SnapshotRows.Command(connection, transaction, """
            SELECT operation_id, account_id, target_rank, amplifier_rank, ring, core FROM snapshot_amplified_accounts
            WHERE snapshot_id = $s ORDER BY operation_id, account_id
            """, "$s"))
        {
            command.Parameters["$s"].Value = snapshotId;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                Add(accounts, reader.GetString(0), new AmplifiedAccount(reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetInt32(4), reader.GetInt32(5)));
            }
        }

        var links = new Dictionary<string, List<AmplificationLink>>(StringComparer.Ordinal);
        await using (var command = SnapshotRows.Command(connection, transaction, """
            SELECT operation_id, source_id, target_id, count FROM snapshot_amplification_links
            WHERE snapshot_id = $s ORDER BY operation_id, source_id, target_id
            """, "$s"))
        {
            command.Parameters["$s"].Value = snapshotId;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                Add(links, reader.GetString(0), new AmplificationLink(reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
            }
        }

        var rank = operations.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var summaries = new List<AmplificationSummary>();
        await foreach (var json in Strings(connection, transaction, "SELECT summary_json FROM snapshot_amplification WHERE snapshot_id = $s", snapshotId, ct))
        {
            var a = SnapshotJson.Deserialize<AmplificationSummary>(json);
            summaries.Add(a with { Accounts = accounts.GetValueOrDefault(a.OperationId) ?? [], Links = links.GetValueOrDefault(a.OperationId) ?? [] });
        }

        return (operations, summaries.OrderBy(a => rank.GetValueOrDefault(a.OperationId, int.MaxValue)).ToArray());
    }

    private static void Add<T>(Dictionary<string, List<T>> lists, string key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(item);
    }

    private static async IAsyncEnumerable<string> Strings(
        SqliteConnection connection, SqliteTransaction transaction, string sql, string snapshotId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = SnapshotRows.Command(connection, transaction, sql, "$s");
        command.Parameters["$s"].Value = snapshotId;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return reader.GetString(0);
        }
    }
}
