using NetworkGraph.Core.Collections;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Runs;

namespace NetworkGraph.Storage.Neo4j.Push;

/// <summary>Turns a stored coordination run into the relationships a push stores (one type per share kind).</summary>
public static class CoordinationRelationships
{
    /// <summary>The relationship type a share kind is stored as; null for kinds the store leaves out (link domains,
    /// which would collide with CO_LINK on the same pair). Co-share and every kind a share table names are CO_SHARE,
    /// told apart by its kind property (a relationship type cannot be a parameter, so a user's name never becomes one).</summary>
    public static CoordinationType? TypeOf(ShareKind kind) => ShareKindNames.IsNamed(kind) ? CoordinationType.Share : kind switch
    {
        ShareKind.Text => CoordinationType.Tweet,
        ShareKind.Retweet => CoordinationType.Retweet,
        ShareKind.SimilarText => CoordinationType.Similar,
        ShareKind.Url => CoordinationType.Link,
        ShareKind.Hashtag => CoordinationType.Hashtag,
        ShareKind.Mention => CoordinationType.Mention,
        ShareKind.ReplyParent => CoordinationType.Reply,
        ShareKind.Activity => CoordinationType.Post,
        ShareKind.Share => CoordinationType.Share,
        _ => null,
    };

    /// <summary>The edges of a stored coordination run's layers (as the store's run-edge reader chooses them: one layer
    /// per kind, the run's widest window), ordered by type, then by the pair's ids: the stable order a resumed push needs.
    /// Evidence is the post ids of both sides of each evidence pair the run kept, in time order; Pairs is how many pairs
    /// there were.</summary>
    public static IReadOnlyList<CoordinationRelationship> From(IEnumerable<StoredCoordinationLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var kept = layers
            .Where(l => TypeOf(l.Kind) is not null)
            .Select(l => (Layer: l, Type: TypeOf(l.Kind)!.Value, Kind: TypeOf(l.Kind) == CoordinationType.Share ? ShareKindNames.ClusterName(l.Kind) : null))
            .ToArray();
        var edges = new List<(int Layer, int Edge)>();
        for (var l = 0; l < kept.Length; l++)
        {
            for (var e = 0; e < kept[l].Layer.Edges.Count; e++)
            {
                edges.Add((l, e));
            }
        }

        // Ordered once by position; each relationship (and its evidence) is made when it is read, as the push streams them.
        var order = edges.ToArray();
        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (kept[x.Layer], kept[y.Layer]);
            var (ea, eb) = (a.Layer.Edges[x.Edge], b.Layer.Edges[y.Edge]);
            var c = a.Type.CompareTo(b.Type);
            c = c != 0 ? c : string.CompareOrdinal(a.Kind, b.Kind);
            c = c != 0 ? c : string.CompareOrdinal(Min(ea.SourceId, ea.TargetId), Min(eb.SourceId, eb.TargetId));
            c = c != 0 ? c : string.CompareOrdinal(Max(ea.SourceId, ea.TargetId), Max(eb.SourceId, eb.TargetId));
            return c != 0 ? c : x.CompareTo(y);
        });
        return new IndexedList<CoordinationRelationship>(order.Length, i =>
        {
            var (layer, type, kind) = kept[order[i].Layer];
            var e = layer.Edges[order[i].Edge];
            return new CoordinationRelationship(type, e.SourceId, e.TargetId, e.Weight, e.MinDeltaSeconds, e.MeanDeltaSeconds, null, e.First, e.Last,
                e.Evidence
                    .SelectMany(p => new[] { (p.SourceTime, p.SourcePostId), (p.TargetTime, p.TargetPostId) })
                    .OrderBy(p => p.Item1)
                    .Select(p => p.Item2)
                    .Distinct(StringComparer.Ordinal)
                    .ToArray(),
                kind,
                e.PairCount);
        });
    }

    private static string Min(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string Max(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? b : a;
}
