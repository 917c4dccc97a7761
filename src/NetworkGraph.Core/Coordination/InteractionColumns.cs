namespace NetworkGraph.Core.Coordination;

/// <summary>Direct interactions (actor amplified target), column by column.</summary>
internal sealed class InteractionColumns
{
    private readonly GrowArray<int> _actor = new(1024);
    private readonly GrowArray<int> _target = new(1024);
    private readonly GrowArray<byte> _kind = new(1024);
    private readonly GrowArray<long> _time = new(1024);

    public int Count => _actor.Count;

    public ReadOnlySpan<int> Actor => _actor.AsSpan();

    public ReadOnlySpan<int> Target => _target.AsSpan();

    public ReadOnlySpan<byte> Kind => _kind.AsSpan();

    public ReadOnlySpan<long> Time => _time.AsSpan();

    /// <summary>Records that <paramref name="actor"/> amplified <paramref name="target"/>; an account's interaction with
    /// itself is not one and is left out.</summary>
    public void Add(int actor, int target, InteractionKind kind, long time)
    {
        if (actor == target)
        {
            return;
        }

        _actor.Add(actor);
        _target.Add(target);
        _kind.Add((byte)kind);
        _time.Add(time);
    }
}
