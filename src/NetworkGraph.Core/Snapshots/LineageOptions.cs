namespace NetworkGraph.Core.Snapshots;

/// <summary>When two clusters of consecutive snapshots count as the same lineage.</summary>
public sealed class LineageOptions
{
    /// <summary>Linked when shared members / smaller size reaches this (overlap coefficient).</summary>
    public double MinOverlap { get; init; } = 0.5;

    /// <summary>...and at least this many members are shared.</summary>
    public int MinSharedMembers { get; init; } = 2;

    /// <summary>A lone successor at least (1 + this) times its predecessor's size has grown; at most (1 - this) times, shrunk.</summary>
    public double SizeChange { get; init; } = 0.2;

    /// <summary>Throws <see cref="ArgumentException"/> when a setting is out of range.</summary>
    public void Validate()
    {
        if (MinOverlap is <= 0 or > 1)
        {
            throw new ArgumentException("Option MinOverlap must be in (0, 1].", nameof(MinOverlap));
        }

        if (MinSharedMembers < 1)
        {
            throw new ArgumentException("Option MinSharedMembers must be at least 1.", nameof(MinSharedMembers));
        }

        if (SizeChange is <= 0 or >= 1)
        {
            throw new ArgumentException("Option SizeChange must be in (0, 1).", nameof(SizeChange));
        }
    }
}
