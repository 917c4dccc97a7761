using System.Diagnostics;

namespace NetworkGraph.Core.Coordination;

/// <summary>Coordination layers (one per kind and window) over one dense account index, with warnings.</summary>
[DebuggerDisplay("Accounts = {AccountIds.Count}, Layers = {Layers.Count}")]
public sealed class CoordinationGraph
{
    private readonly ShareTable _table;
    private readonly int[]? _similarRepresentative;

    internal CoordinationGraph(
        ShareTable table,
        IReadOnlyList<CoordinationLayer> layers,
        IReadOnlyList<CoordinationWarning> warnings,
        CoordinationOptions options,
        int[]? similarRepresentative)
    {
        _table = table;
        Layers = layers;
        Warnings = warnings;
        Options = options;
        _similarRepresentative = similarRepresentative;
    }

    /// <summary>Account ids by dense account index (edge endpoints index this list).</summary>
    public IReadOnlyList<string> AccountIds => _table.AccountIds;

    /// <summary>The layers, kinds in option order, windows ascending within a kind.</summary>
    public IReadOnlyList<CoordinationLayer> Layers { get; }

    /// <summary>Objects whose pairs were capped.</summary>
    public IReadOnlyList<CoordinationWarning> Warnings { get; }

    /// <summary>The options the graph was built with.</summary>
    public CoordinationOptions Options { get; }

    /// <summary>The number of near-duplicate text clusters (SimilarText objects), 0 when not built.</summary>
    public int SimilarTextClusterCount => _similarRepresentative?.Length ?? 0;

    /// <summary>The platform id of a post by dense post index (evidence pairs hold dense indices).</summary>
    public string PostId(int post) => _table.PostId(post);

    /// <summary>The platform id of a post by dense post index as the number it spells, when the table keeps every
    /// id as a number (see <see cref="ShareTable.TryGetPostNumber"/>); else false.</summary>
    public bool TryGetPostNumber(int post, out long id) => _table.TryGetPostNumber(post, out id);

    /// <summary>A readable key of an object of a kind (see <see cref="ShareTable.ObjectLabel"/>); a near-duplicate
    /// cluster is labelled by its representative text (the text every member is within the threshold of).</summary>
    public string ObjectLabel(ShareKind kind, int objectIndex) => kind == ShareKind.SimilarText
        ? "~" + _table.ObjectLabel(ShareKind.Text, SimilarRepresentative(objectIndex))
        : _table.ObjectLabel(kind, objectIndex);

    /// <summary>The first post seen sharing an object (for a near-duplicate cluster, its representative text's first post).</summary>
    public int RepresentativePost(ShareKind kind, int objectIndex) => kind == ShareKind.SimilarText
        ? _table.RepresentativePost(ShareKind.Text, SimilarRepresentative(objectIndex))
        : _table.RepresentativePost(kind, objectIndex);

    /// <summary>The layer of a kind and window, or null when it was not built.</summary>
    public CoordinationLayer? Layer(ShareKind kind, TimeSpan window) =>
        Layers.FirstOrDefault(l => l.Kind == kind && l.Window == window);

    /// <summary>Merges every kind's layer of one window into multiplex edges (weight per kind, and the pair's weight as
    /// <paramref name="weighting"/> makes it from their sum), ordered by (Source, Target).</summary>
    public IReadOnlyList<MultiplexEdge> Multiplex(TimeSpan window, MultiplexWeighting weighting = MultiplexWeighting.CoShares)
    {
        var result = new List<MultiplexEdge>();
        foreach (var (source, target, byKind) in Merged(window))
        {
            result.Add(new MultiplexEdge(source, target, weighting.Weigh(byKind.Sum()), [.. byKind]));
        }

        return result;
    }

    /// <summary>The pairs of <see cref="Multiplex"/> and their weights as three parallel arrays, without the weights per
    /// kind: what community detection reads, without an object per pair (a million pairs at 10 M posts).</summary>
    public (int[] Sources, int[] Targets, double[] Weights) MultiplexPairs(TimeSpan window, MultiplexWeighting weighting)
    {
        var sources = new GrowArray<int>();
        var targets = new GrowArray<int>();
        var weights = new GrowArray<double>();
        foreach (var (source, target, byKind) in Merged(window))
        {
            sources.Add(source);
            targets.Add(target);
            weights.Add(weighting.Weigh(byKind.Sum()));
        }

        return (sources.ToTrimmedArray(), targets.ToTrimmedArray(), weights.ToTrimmedArray());
    }

    /// <summary>Walks the window's layers (each ordered by pair) side by side, pair by pair in (Source, Target) order, with
    /// the pair's weight per kind, each kind's layers added in layer order. The array is reused from pair to pair.</summary>
    private IEnumerable<(int Source, int Target, double[] ByKind)> Merged(TimeSpan window)
    {
        var layers = Layers.Where(l => l.Window == window).ToArray();
        var kinds = Math.Max(Enum.GetValues<ShareKind>().Length, Layers.Select(l => (int)l.Kind + 1).DefaultIfEmpty(0).Max());
        var byKind = new double[kinds];
        var next = new int[layers.Length];
        var last = ulong.MaxValue;
        while (true)
        {
            var pair = ulong.MaxValue;
            for (var i = 0; i < layers.Length; i++)
            {
                if (next[i] < layers[i].Edges.Count)
                {
                    pair = Math.Min(pair, PairKey(layers[i].Edges[next[i]]));
                }
            }

            if (pair == ulong.MaxValue)
            {
                yield break;
            }

            if (last != ulong.MaxValue && pair <= last)
            {
                throw new InvalidOperationException("A coordination layer's edges are not ordered by (Source, Target).");
            }

            Array.Clear(byKind);
            for (var i = 0; i < layers.Length; i++)
            {
                var edges = layers[i].Edges;
                while (next[i] < edges.Count && PairKey(edges[next[i]]) == pair)
                {
                    byKind[(int)layers[i].Kind] += edges[next[i]++].Weight;
                }
            }

            last = pair;
            yield return ((int)(pair >> 32), (int)(uint)pair, byKind);
        }
    }

    private static ulong PairKey(CoordinationEdge edge) => ((ulong)(uint)edge.Source << 32) | (uint)edge.Target;

    /// <summary>The same graph over <see cref="ShareTable.WithoutShares"/> of its table, for a graph whose table no one
    /// else holds: the shares and signatures it was built from are then freed.</summary>
    internal CoordinationGraph WithoutShares() => new(_table.WithoutShares(), Layers, Warnings, Options, _similarRepresentative);

    private int SimilarRepresentative(int cluster) =>
        (_similarRepresentative ?? throw new InvalidOperationException("No SimilarText layer was built."))[cluster];
}
