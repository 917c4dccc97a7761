using System.Runtime.CompilerServices;

namespace NetworkGraph.Storage.Neo4j.Push;

/// <summary>One row for one cypher/write query.</summary>
internal readonly record struct QueryRow(string Query, Dictionary<string, object?> Row);

/// <summary>A phase of a push: rows in a stable order, each bound to the write query that stores it.</summary>
internal sealed record PushPhase(string Name, long RowCount, Func<CancellationToken, IAsyncEnumerable<QueryRow>> Rows);

/// <summary>Turns push content into phases, in the order the store needs them (clusters need their snapshot...).</summary>
internal static class PushPlan
{
    public const string Palette = "palette";

    public static IReadOnlyList<PushPhase> Build(Neo4jPushContent content)
    {
        var snapshot = content.Snapshot;
        var id = snapshot.Id;
        var phases = new List<PushPhase>
        {
            Map("accounts", content.Accounts, a => new QueryRow("write/accounts", RowMaps.Account(a))),
        };
        if (content.Posts is { } posts)
        {
            phases.Add(Map("posts", posts, p => new QueryRow("write/posts", RowMaps.Post(p))));
        }

        phases.Add(Map("interactions", content.Interactions, e => new QueryRow(e.Type.WriteQuery(), RowMaps.Interaction(e))));
        phases.Add(Map("coordination", content.Coordination, e => new QueryRow(e.Type.WriteQuery(), RowMaps.Coordination(e))));
        phases.Add(InMemory("snapshot", [new QueryRow("write/snapshot", RowMaps.Snapshot(snapshot, content.PreviousSnapshotId))]));
        phases.Add(InMemory("clusters", snapshot.Clusters.Select(c => new QueryRow("write/clusters", RowMaps.Cluster(id, c))).ToList()));
        phases.Add(InMemory("memberships", snapshot.Clusters
            .SelectMany(c => c.Members.Select(m => new QueryRow("write/memberships", RowMaps.Membership(id, c.Id, m))))
            .ToList()));
        var lineage = content.PreviousSnapshotId is { } previous
            ? snapshot.Clusters
                .SelectMany(c => c.Lineage.Predecessors.Select(l => new QueryRow("write/lineage", RowMaps.Lineage(previous, id, c.Id, l))))
                .ToList()
            : [];
        phases.Add(InMemory("lineage", lineage));
        phases.Add(InMemory("operations", snapshot.Operations.Select(o => new QueryRow("write/operations", RowMaps.Operation(id, o))).ToList()));
        phases.Add(InMemory("amplified accounts", snapshot.Amplification
            .SelectMany(a => a.Accounts.Select(x => new QueryRow("write/amplified-accounts", RowMaps.AmplifiedAccount(id, a.OperationId, x))))
            .ToList()));
        phases.Add(InMemory("amplification", snapshot.Amplification
            .SelectMany(a => a.Links.Select(l => new QueryRow("write/amplifies", RowMaps.Amplifies(id, a.OperationId, l))))
            .ToList()));
        return phases;
    }

    private static PushPhase Map<T>(string name, PushRows<T> rows, Func<T, QueryRow> map) =>
        new(name, rows.Count, ct => Select(rows.ReadAsync(ct), map, ct));

    private static PushPhase InMemory(string name, IReadOnlyList<QueryRow> rows) =>
        Map(name, PushRows<QueryRow>.From(rows), r => r);

    private static async IAsyncEnumerable<QueryRow> Select<T>(IAsyncEnumerable<T> source, Func<T, QueryRow> map,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in source.WithCancellation(ct))
        {
            yield return map(item);
        }
    }
}
