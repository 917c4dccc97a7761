namespace NetworkGraph.Bolt.Values;

/// <summary>A node: legacy numeric id, labels, properties and (Bolt 5+) the element id.</summary>
public sealed record BoltNode(
    long Id,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties,
    string? ElementId)
{
    /// <inheritdoc />
    public override string ToString() => $"({ElementId ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{string.Join(':', Labels)})";
}

/// <summary>A relationship with both end points: ids, type, properties and (Bolt 5+) element ids.</summary>
public sealed record BoltRelationship(
    long Id,
    long StartId,
    long EndId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string? ElementId,
    string? StartElementId,
    string? EndElementId)
{
    /// <inheritdoc />
    public override string ToString() => $"[{ElementId ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{Type}]";
}

/// <summary>A relationship inside a path, whose end points the path supplies.</summary>
public sealed record BoltUnboundRelationship(
    long Id,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string? ElementId);

/// <summary>A path as Bolt sends it: distinct nodes, distinct relationships, and the index sequence that walks them.</summary>
/// <remarks>Indices alternate relationship and node: a positive relationship index i means rels[i-1] walked forwards,
/// a negative one means rels[-i-1] walked backwards; node indices point into <see cref="Nodes"/>.</remarks>
public sealed record BoltPath(
    IReadOnlyList<BoltNode> Nodes,
    IReadOnlyList<BoltUnboundRelationship> Relationships,
    IReadOnlyList<long> Indices)
{
    /// <summary>The nodes in walking order, starting with the first node.</summary>
    public IReadOnlyList<BoltNode> WalkNodes()
    {
        var walk = new List<BoltNode> { Nodes[0] };
        for (var i = 1; i < Indices.Count; i += 2)
        {
            walk.Add(Nodes[checked((int)Indices[i])]);
        }

        return walk;
    }
}
