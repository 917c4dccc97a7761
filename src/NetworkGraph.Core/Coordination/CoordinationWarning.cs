namespace NetworkGraph.Core.Coordination;

/// <summary>A pathological object whose pairs were capped (see <see cref="CoordinationOptions.MaxPairsPerObject"/>).</summary>
/// <param name="Kind">The object's kind.</param>
/// <param name="Object">The object's index within the kind.</param>
/// <param name="ObjectLabel">A readable key of the object.</param>
/// <param name="Shares">Shares of the object by active accounts.</param>
/// <param name="PairsInWindow">Share pairs inside the largest window without the cap.</param>
/// <param name="NeighbourLimit">Each share paired only with this many successors.</param>
public sealed record CoordinationWarning(
    ShareKind Kind,
    int Object,
    string ObjectLabel,
    int Shares,
    long PairsInWindow,
    int NeighbourLimit)
{
    /// <summary>A one-line description for logs.</summary>
    public string Message =>
        $"{Kind} object '{ObjectLabel}' has {Shares} shares and {PairsInWindow} pairs in the window; " +
        $"each share was paired with at most {NeighbourLimit} successors.";
}
