namespace NetworkGraph.Core.Structure;

/// <summary>Who amplifies whom inside one operation: its members' directed retweet, quote, reply and mention edges,
/// ranked and decomposed.</summary>
/// <param name="OperationId">The operation whose members are the amplifiers.</param>
/// <param name="Interactions">Retweets, quotes, replies and mentions by members.</param>
/// <param name="TopTargets">The most amplified accounts by PageRank on amplifier -&gt; target edges, best first.</param>
/// <param name="TopAmplifiers">The strongest amplifiers by PageRank on the reversed edges, best first.</param>
/// <param name="RingSizes">Sizes of the mutual-amplification rings (strongly connected components of two accounts
/// or more), largest first.</param>
/// <param name="MaxCore">The largest k whose k-core (every account tied to k others of it, direction ignored) is not empty.</param>
/// <param name="CoreAccounts">Accounts in that k-core.</param>
/// <param name="Narrative">What an analyst reads.</param>
public sealed record AmplificationSummary(
    string OperationId,
    int Interactions,
    IReadOnlyList<RankedAccount> TopTargets,
    IReadOnlyList<RankedAccount> TopAmplifiers,
    IReadOnlyList<int> RingSizes,
    int MaxCore,
    int CoreAccounts,
    string Narrative)
{
    /// <summary>Every account of the graph with its ranks (stored beside the summary, not in its JSON).</summary>
    public IReadOnlyList<AmplifiedAccount> Accounts { get; init; } = [];

    /// <summary>Directed edges, one per (amplifier, target), with the interaction count (stored beside the summary).</summary>
    public IReadOnlyList<AmplificationLink> Links { get; init; } = [];
}

/// <summary>An account in a ranking.</summary>
/// <param name="AccountId">The account id.</param>
/// <param name="Label">How to show it (@handle, else the id).</param>
/// <param name="Rank">1-based position.</param>
/// <param name="PageRank">Its PageRank (QuikGraph's scale: 1 - damping for an account nothing points to).</param>
/// <param name="Interactions">Interactions it received (targets) or made (amplifiers).</param>
/// <param name="Member">True when the account is a member of the operation.</param>
public sealed record RankedAccount(string AccountId, string Label, int Rank, double PageRank, int Interactions, bool Member);

/// <summary>One account of an amplification graph with its measures.</summary>
/// <param name="AccountId">The account id.</param>
/// <param name="TargetRank">PageRank as a target.</param>
/// <param name="AmplifierRank">PageRank as an amplifier (reversed edges).</param>
/// <param name="Ring">1-based ring number, or 0 when in no ring.</param>
/// <param name="Core">Its core number (direction ignored).</param>
public sealed record AmplifiedAccount(string AccountId, double TargetRank, double AmplifierRank, int Ring, int Core);

/// <summary>A directed amplification edge.</summary>
/// <param name="Source">The amplifier.</param>
/// <param name="Target">The amplified account.</param>
/// <param name="Count">Retweets, quotes, replies and mentions from Source to Target.</param>
public sealed record AmplificationLink(string Source, string Target, int Count);

/// <summary>Measures of a directed graph on dense vertices 0..n-1, one entry per vertex.</summary>
/// <param name="TargetRank">PageRank along the edges.</param>
/// <param name="AmplifierRank">PageRank along the reversed edges.</param>
/// <param name="Component">Strongly connected component id.</param>
/// <param name="Core">Core number of the undirected view.</param>
public sealed record DirectedRanks(IReadOnlyList<double> TargetRank, IReadOnlyList<double> AmplifierRank, IReadOnlyList<int> Component, IReadOnlyList<int> Core);

/// <summary>Computes <see cref="DirectedRanks"/> of the distinct directed edges sources[i] -&gt; targets[i] over
/// <c>vertexCount</c> vertices (implemented with QuikGraph in NetworkGraph.Analysis).</summary>
/// <param name="vertexCount">Number of vertices.</param>
/// <param name="sources">Edge sources.</param>
/// <param name="targets">Edge targets.</param>
/// <returns>The measures per vertex.</returns>
public delegate DirectedRanks DirectedRanker(int vertexCount, int[] sources, int[] targets);
