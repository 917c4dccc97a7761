using System.Diagnostics;

namespace NetworkGraph.Analysis.Graphs;

/// <summary>A <see cref="CsrGraph"/> built from keyed vertices, with the mapping between vertex keys and dense ids.</summary>
[DebuggerDisplay("NodeCount = {Graph.NodeCount}, EdgeCount = {Graph.EdgeCount}")]
public sealed class MappedGraph<TVertex>
    where TVertex : notnull
{
    private readonly Dictionary<TVertex, int> _ids;

    internal MappedGraph(CsrGraph graph, TVertex[] vertices, Dictionary<TVertex, int> ids)
    {
        Graph = graph;
        Vertices = vertices;
        _ids = ids;
    }

    /// <summary>The compact graph; node i is <c>Vertices[i]</c>.</summary>
    public CsrGraph Graph { get; }

    /// <summary>The vertex key of each dense id.</summary>
    public IReadOnlyList<TVertex> Vertices { get; }

    /// <summary>The dense id of a vertex key; throws <see cref="KeyNotFoundException"/> for an unknown key.</summary>
    public int IdOf(TVertex vertex) => _ids[vertex];

    /// <summary>Looks up the dense id of a vertex key.</summary>
    public bool TryGetId(TVertex vertex, out int id) => _ids.TryGetValue(vertex, out id);

    /// <summary>Maps a per-id array (such as a membership) to a dictionary keyed by vertex.</summary>
    public Dictionary<TVertex, T> ByVertex<T>(IReadOnlyList<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != Vertices.Count)
        {
            throw new ArgumentException($"Expected {Vertices.Count} values, got {values.Count}.", nameof(values));
        }

        var result = new Dictionary<TVertex, T>(Vertices.Count, _ids.Comparer);
        for (var i = 0; i < values.Count; i++)
        {
            result.Add(Vertices[i], values[i]);
        }

        return result;
    }
}
