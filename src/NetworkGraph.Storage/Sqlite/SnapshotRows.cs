using System.Globalization;
using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Row mapping for the snapshot tables.</summary>
internal static class SnapshotRows
{
    /// <summary>Writes <paramref name="s"/>'s rows, with their JSON from <paramref name="json"/> (made from it now
    /// when null).</summary>
    public static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, Snapshot s, SnapshotJsonRows? json, CancellationToken ct)
    {
        json ??= SnapshotJsonRows.Of(s);
        if (!json.Fit(s))
        {
            throw new ArgumentException($"The JSON rows are those of snapshot {json.SnapshotId}, not of {s.Id}.", nameof(json));
        }

        await using (var header = Command(connection, transaction, """
            INSERT INTO snapshots (snapshot_id, version, created_at, input_fingerprint, profile_name, parameters_json)
            VALUES ($id, $version, $created, $fingerprint, $profile, $parameters)
            """))
        {
            header.Parameters.AddWithValue("$id", s.Id);
            header.Parameters.AddWithValue("$version", s.Version);
            header.Parameters.AddWithValue("$created", FormatTime(s.CreatedAt));
            header.Parameters.AddWithValue("$fingerprint", s.InputFingerprint);
            header.Parameters.AddWithValue("$profile", s.ProfileName);
            header.Parameters.AddWithValue("$parameters", json.Parameters);
            await header.ExecuteNonQueryAsync(ct);
        }

        await using var cluster = Command(connection, transaction, """
            INSERT INTO snapshot_clusters (snapshot_id, cluster_id, rank, community, size, score, flagged, lineage_kind, lineage_json, report_json)
            VALUES ($s, $c, $rank, $community, $size, $score, $flagged, $kind, $lineage, $report)
            """, "$s", "$c", "$rank", "$community", "$size", "$score", "$flagged", "$kind", "$lineage", "$report");
        await using var member = Command(connection, transaction,
            "INSERT INTO snapshot_members (snapshot_id, account_id, cluster_id) VALUES ($s, $a, $c)", "$s", "$a", "$c");
        await using var campaign = Command(connection, transaction, """
            INSERT INTO snapshot_campaigns (snapshot_id, cluster_id, campaign_index, start_day, end_day, volume, accounts)
            VALUES ($s, $c, $i, $start, $end, $volume, $accounts)
            """, "$s", "$c", "$i", "$start", "$end", "$volume", "$accounts");
        for (var i = 0; i < s.Clusters.Count; i++)
        {
            var c = s.Clusters[i];
            await Run(cluster, ct, s.Id, c.Id, c.Report.Rank, c.Report.Community, c.Size, c.Score, c.Flagged ? 1 : 0,
                c.Lineage.Kind.ToString(), json.Clusters[i].Lineage, json.Clusters[i].Report);
            foreach (var account in c.Members)
            {
                await Run(member, ct, s.Id, account, c.Id);
            }

            foreach (var k in c.Report.Campaigns)
            {
                await Run(campaign, ct, s.Id, c.Id, k.Index, Day(k.Start), Day(k.End), k.Volume, k.Accounts);
            }
        }

        await SnapshotStructureRows.InsertAsync(connection, transaction, s, ct);
    }

    public static async Task<IReadOnlyList<SnapshotCluster>> ReadClustersAsync(SqliteConnection connection, SqliteTransaction transaction, string snapshotId, CancellationToken ct)
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var command = Command(connection, transaction, "SELECT cluster_id, account_id FROM snapshot_members WHERE snapshot_id = $s", "$s"))
        {
            command.Parameters["$s"].Value = snapshotId;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var clusterId = reader.GetString(0);
                if (!members.TryGetValue(clusterId, out var list))
                {
                    members[clusterId] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        var clusters = new List<SnapshotCluster>();
        await using (var command = Command(connection, transaction,
            "SELECT cluster_id, lineage_json, report_json FROM snapshot_clusters WHERE snapshot_id = $s ORDER BY rank", "$s"))
        {
            command.Parameters["$s"].Value = snapshotId;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetString(0);
                var ids = members.GetValueOrDefault(id)?.Order(StringComparer.Ordinal).ToArray() ?? [];
                var report = SnapshotJson.Deserialize<ClusterReport>(reader.GetString(2)) with { Members = ids };
                clusters.Add(new SnapshotCluster(id, report, SnapshotJson.Deserialize<ClusterLineage>(reader.GetString(1))));
            }
        }

        return clusters;
    }

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string FormatTime(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        return command;
    }

    internal static async Task Run(SqliteCommand command, CancellationToken ct, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
