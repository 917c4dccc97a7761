using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Export;

/// <summary>What a snapshot export reads: the snapshot, the accounts' profiles, the coordination edges and (optionally) the posts.</summary>
/// <param name="Snapshot">The snapshot to export.</param>
/// <param name="Accounts">Profiles of the snapshot's accounts (others are ignored; members without a profile get their id as label).</param>
/// <param name="Edges">Coordination edges between accounts, one per pair and kind.</param>
public sealed record SnapshotExportInput(Snapshot Snapshot, IReadOnlyList<Account> Accounts, IReadOnlyList<SnapshotExportEdge> Edges)
{
    /// <summary>Posts of the members: they give activity spells, post counts, the report's timelines and evidence texts.</summary>
    public IReadOnlyList<Post> Posts { get; init; } = [];

    /// <summary>When each member posted (UNIX seconds), for a source that gives the times the exports read of the posts
    /// (activity spells, the report's timelines) instead of <see cref="Posts"/>; null when the posts are given.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<long>>? PostTimes { get; init; }

    /// <summary>The language of each of a member's posts (null: none), in the order of its <see cref="PostTimes"/>, for
    /// the report when the source gives times instead of <see cref="Posts"/> (without it every post counts as "und").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>>? PostLanguages { get; init; }

    /// <summary>The members' posts the report quotes as evidence, when the source gives times instead of <see cref="Posts"/>:
    /// those <see cref="Reporting.ReportWriter.EvidencePostIds"/> names for the report options it is then written with
    /// (with other options, a quoted post missing here shows no text).</summary>
    public IReadOnlyList<Post> EvidencePosts { get; init; } = [];

    /// <summary>How many posts each exported account wrote (members and edge ends outside every cluster), when the source
    /// counts them: an account missing from it has none. Without it, only members' counts (from <see cref="Posts"/> or
    /// <see cref="PostTimes"/>) are known.</summary>
    public IReadOnlyDictionary<string, long>? PostCounts { get; init; }

    /// <summary>How many posts the whole collection holds (members or not), when the source knows it.</summary>
    public long? CollectionPosts { get; init; }

    /// <summary>How many share-table rows (shares) the whole collection holds, when the source knows it.</summary>
    public long? CollectionShares { get; init; }

    /// <summary>How many of the collection's shares the snapshot's clustered accounts made, when the source knows it.</summary>
    public long? ClusteredShares { get; init; }
}

/// <summary>How a snapshot becomes an export graph.</summary>
public sealed record SnapshotExportOptions
{
    /// <summary>Which nodes and edges to keep (flagged clusters, minimum weight, kinds).</summary>
    public ExportFilter Filter { get; init; } = ExportFilter.None;

    /// <summary>Node sizing for the graph formats (by score by default, or by degree).</summary>
    public ExportVisuals Visuals { get; init; } = new();

    /// <summary>Keep edge ends that belong to no cluster of the snapshot, as unclustered grey nodes.</summary>
    public bool IncludeUnclustered { get; init; } = true;

    /// <summary>GEXF and GraphML keep every edge (one per pair, kind and window) and every account, instead of the
    /// Gephi-sized default (<see cref="PairGraph.Focus"/>: the flagged networks and their neighbours, one edge per pair).</summary>
    public bool AllLayers { get; init; }

    /// <summary>In the Gephi-sized default, the heaviest pairs kept per account (0 keeps every pair).</summary>
    public int EdgesPerAccount { get; init; } = PairGraph.DefaultEdgesPerAccount;

    /// <summary>Posts of one account closer than this join one activity spell.</summary>
    public TimeSpan SpellGap { get; init; } = TimeSpan.FromDays(1);
}
