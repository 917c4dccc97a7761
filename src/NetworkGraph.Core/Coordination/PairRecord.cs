namespace NetworkGraph.Core.Coordination;

/// <summary>One co-share kept for an edge's details: the two shares (grouped indices, source account's first) and the
/// smallest window index the pair counts in.</summary>
internal readonly record struct PairRecord(int Lo, int Hi, int Band);
