using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Storage.Neo4j.Push;

/// <summary>What one push sends: a snapshot with its clusters, and the accounts and edges around it.</summary>
public sealed class Neo4jPushContent
{
    /// <summary>The snapshot: clusters, scores, explanations, memberships and lineage.</summary>
    public required Snapshot Snapshot { get; init; }

    /// <summary>The id of the previous version's snapshot (for :PREVIOUS and lineage links), if any.</summary>
    public string? PreviousSnapshotId { get; init; }

    /// <summary>Accounts with their profile properties, in a stable order (e.g. by id).</summary>
    public PushRows<Account> Accounts { get; init; } = PushRows<Account>.Empty;

    /// <summary>Posts, or null to leave them out (the default: on big archives they dominate the store).</summary>
    public PushRows<Post>? Posts { get; init; }

    /// <summary>Retweet, quote, reply and mention edges, in a stable order.</summary>
    public PushRows<InteractionRelationship> Interactions { get; init; } = PushRows<InteractionRelationship>.Empty;

    /// <summary>Coordination edges, in a stable order.</summary>
    public PushRows<CoordinationRelationship> Coordination { get; init; } = PushRows<CoordinationRelationship>.Empty;
}

/// <summary>How a push runs.</summary>
public sealed class Neo4jPushOptions
{
    /// <summary>Rows per transaction (one UNWIND $rows batch per query).</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>Send every batch again, ignoring the push state left by earlier pushes of the same snapshot.</summary>
    public bool Force { get; init; }

    /// <summary>Checks the settings; throws naming the bad one.</summary>
    public void Validate()
    {
        if (BatchSize is < 1 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "BatchSize must be between 1 and 1,000,000.");
        }
    }
}

/// <summary>Progress of one push phase, in rows.</summary>
/// <param name="Phase">accounts, posts, interactions, coordination, snapshot, clusters, memberships, lineage or palette.</param>
/// <param name="Done">Rows committed (or found committed by an earlier push).</param>
/// <param name="Total">Rows in the phase.</param>
public readonly record struct PushProgress(string Phase, long Done, long Total);

/// <summary>What a push did, phase by phase.</summary>
/// <param name="SnapshotId">The snapshot pushed.</param>
/// <param name="Phases">Each phase, in push order.</param>
/// <param name="PaletteApplied">Whether accounts were coloured by this snapshot's clusters (it is the newest pushed).</param>
public sealed record PushResult(string SnapshotId, IReadOnlyList<PhaseResult> Phases, bool PaletteApplied)
{
    /// <summary>Batches sent by this push.</summary>
    public long BatchesSent => Phases.Sum(p => p.BatchesSent);

    /// <summary>Batches an earlier push had already committed.</summary>
    public long BatchesSkipped => Phases.Sum(p => p.BatchesSkipped);
}

/// <summary>One phase of a push.</summary>
/// <param name="Name">The phase.</param>
/// <param name="Rows">Rows in the phase.</param>
/// <param name="Batches">Batches in the phase.</param>
/// <param name="BatchesSent">Batches this push sent.</param>
/// <param name="BatchesSkipped">Batches skipped because an earlier push had committed them.</param>
/// <param name="NodesCreated">Nodes the server reported created.</param>
/// <param name="RelationshipsCreated">Relationships the server reported created.</param>
public sealed record PhaseResult(
    string Name,
    long Rows,
    long Batches,
    long BatchesSent,
    long BatchesSkipped,
    long NodesCreated,
    long RelationshipsCreated);
