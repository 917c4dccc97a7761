namespace NetworkGraph.Core.Structure;

/// <summary>When two clusters are parts of one operation.</summary>
public sealed class OperationOptions
{
    /// <summary>Join two groups when the density of ties between them reaches this share of the sparser group's own
    /// density (ties between the two halves of one network are about as dense as inside each half; between
    /// communities the partition separated for a reason, far sparser).</summary>
    public double MinTieRatio { get; init; } = 0.5;

    /// <summary>And when at least this many account pairs are tied across (a few stray edges never join groups).</summary>
    public int MinLinkedPairs { get; init; } = 10;

    /// <summary>Throws <see cref="ArgumentException"/> when an option is out of range.</summary>
    public void Validate()
    {
        if (!(MinTieRatio > 0 && MinTieRatio <= 1))
        {
            throw new ArgumentException($"Option MinTieRatio must be in (0, 1], got {MinTieRatio}.");
        }

        if (MinLinkedPairs < 1)
        {
            throw new ArgumentException($"Option MinLinkedPairs must be at least 1, got {MinLinkedPairs}.");
        }
    }
}
