namespace NetworkGraph.Core.Coordination;

/// <summary>How an account pair's co-shares, summed over kinds, become its weight in the multiplex graph that community
/// detection partitions.</summary>
public enum MultiplexWeighting
{
    /// <summary>The co-shares themselves: a pair that copied the same text a thousand times weighs a thousand.</summary>
    CoShares,

    /// <summary>The square root of the co-shares, the variance-stabilising scale of counts: a few bulk-posting pairs no
    /// longer make most of the graph's total weight, which modularity's null model scales with (the resolution limit
    /// that merged small groups into their heavier neighbours).</summary>
    SquareRoot,
}

/// <summary>What a <see cref="MultiplexWeighting"/> makes of a pair's co-shares.</summary>
public static class MultiplexWeightingExtensions
{
    /// <summary>The pair's weight in the multiplex graph for its <paramref name="coShares"/> summed over kinds.</summary>
    public static double Weigh(this MultiplexWeighting weighting, double coShares) => weighting switch
    {
        MultiplexWeighting.CoShares => coShares,
        MultiplexWeighting.SquareRoot => Math.Sqrt(coShares),
        _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, "Unknown multiplex weighting."),
    };
}
