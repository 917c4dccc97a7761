namespace NetworkGraph.Core.Coordination;

/// <summary>Two shares behind a coordination edge: the source account's post and the target account's post
/// (32 bytes: times are kept as unix milliseconds).</summary>
/// <param name="SourcePost">Dense post index of the source account's share (see <see cref="CoordinationGraph.PostId"/>).</param>
/// <param name="TargetPost">Dense post index of the target account's share.</param>
/// <param name="SourceUnixMilliseconds">When the source account shared, in unix milliseconds.</param>
/// <param name="TargetUnixMilliseconds">When the target account shared, in unix milliseconds.</param>
/// <param name="Object">The shared object's index within the layer's kind (see <see cref="CoordinationGraph.ObjectLabel"/>).</param>
public readonly record struct EvidencePair(
    int SourcePost,
    int TargetPost,
    long SourceUnixMilliseconds,
    long TargetUnixMilliseconds,
    int Object)
{
    /// <summary>When the source account shared.</summary>
    public DateTimeOffset SourceTime => DateTimeOffset.FromUnixTimeMilliseconds(SourceUnixMilliseconds);

    /// <summary>When the target account shared.</summary>
    public DateTimeOffset TargetTime => DateTimeOffset.FromUnixTimeMilliseconds(TargetUnixMilliseconds);
}
