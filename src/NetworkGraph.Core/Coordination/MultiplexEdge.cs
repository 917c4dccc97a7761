namespace NetworkGraph.Core.Coordination;

/// <summary>One account pair across all kinds of one window.</summary>
/// <param name="Source">The smaller dense account index.</param>
/// <param name="Target">The larger dense account index.</param>
/// <param name="Weight">The pair's weight: the sum of the per-kind weights, or what the <see cref="MultiplexWeighting"/> made of it.</param>
/// <param name="WeightByKind">The layer weight per kind, indexed by <c>(int)ShareKind</c> (at least every built-in kind and every kind of the graph's layers); 0 where the pair has no edge in that kind.</param>
public sealed record MultiplexEdge(int Source, int Target, double Weight, double[] WeightByKind);
