using NetworkGraph.Analysis.Communities;
using NetworkGraph.Core.Clustering;

namespace NetworkGraph.App.Pipeline;

/// <summary>What the graph stage hands the cluster stage once the graph itself is let go.</summary>
/// <param name="Partition">The communities found.</param>
/// <param name="Membership">Account id -> community, for accounts with a coordination edge.</param>
/// <param name="Edges">The evidence window's edges, without evidence.</param>
/// <param name="EdgeWindow">The evidence window.</param>
/// <param name="Layers">How big each layer came out.</param>
/// <param name="RunSaved">The coordination run being stored, and its id once stored.</param>
internal sealed record GraphStage(
    Partition Partition, Dictionary<string, int> Membership, List<ClusterEdge> Edges, TimeSpan EdgeWindow, IReadOnlyList<LayerCount> Layers, Task<long> RunSaved);
