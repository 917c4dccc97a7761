using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Content;

/// <summary>Who a composed text may mention (popular accounts of the scenario).</summary>
internal interface IMentionSource
{
    void MentionRandom(TextBuilder tb, Rng rng);
}
