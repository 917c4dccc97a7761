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
        var relationships = new List<CoordinationRelationship>();
        foreach (var layer in layers.Where(l => TypeOf(l.Kind) is not null))
        {
            var type = TypeOf(layer.Kind)!.Value;
            relationships.AddRange(layer.Edges.Select(e => new CoordinationRelationship(type, e.SourceId, e.TargetId, e.Weight,
                e.MinDeltaSeconds, e.MeanDeltaSeconds, null, e.First, e.Last,
                e.Evidence
                    .SelectMany(p => new[] { (p.SourceTime, p.SourcePostId), (p.TargetTime, p.TargetPostId) })
                    .OrderBy(p => p.Item1)
                    .Select(p => p.Item2)
                    .Distinct(StringComparer.Ordinal)
                    .ToArray(),
                type == CoordinationType.Share ? ShareKindNames.ClusterName(layer.Kind) : null,
                e.PairCount)));
        }

        return Ordered(relationships);
    }

    private static List<CoordinationRelationship> Ordered(List<CoordinationRelationship> relationships) =>
        relationships
            .OrderBy(r => r.Type)
            .ThenBy(r => r.Kind, StringComparer.Ordinal)
            .ThenBy(r => Min(r), StringComparer.Ordinal)
            .ThenBy(r => Max(r), StringComparer.Ordinal)
            .ToList();

    private static string Min(CoordinationRelationship r) => string.CompareOrdinal(r.SourceId, r.TargetId) <= 0 ? r.SourceId : r.TargetId;

    private static string Max(CoordinationRelationship r) => string.CompareOrdinal(r.SourceId, r.TargetId) <= 0 ? r.TargetId : r.SourceId;
}
