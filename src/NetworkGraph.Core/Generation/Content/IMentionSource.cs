using NetworkGraph.Core.Generation.Sampling;

namespace NetworkGraph.Core.Generation.Content;

/// <summary>Who a composed text may mention (popular accounts of the scenario).</summary>
internal interface IMentionSource
{
    void MentionRandom(TextBuilder tb, Rng rng);
}
