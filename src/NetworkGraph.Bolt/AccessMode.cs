namespace NetworkGraph.Bolt;

/// <summary>Whether work reads only (may go to a follower) or writes (must go to the leader).</summary>
public enum AccessMode
{
    /// <summary>The work writes; routed to a writer.</summary>
    Write,

    /// <summary>The work only reads; routed to a reader.</summary>
    Read,
}
