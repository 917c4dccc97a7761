using System.Diagnostics;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Coordination;

/// <summary>Builds coordination graphs: accounts linked when they share the same object within a time window.</summary>
/// <remarks>
/// Per kind: accounts below <see cref="CoordinationOptions.MinParticipation"/> shares are dropped; shares are grouped
/// by object and sorted by time; every pair of shares of one object by two different accounts with |dt| &lt;= window
/// is a co-share (self-pairs removed; an account sharing an object twice pairs each of its shares); a pair is kept in
/// a window if one of its accounts meets min participation there (CooRTweet's detect_groups); pairs are counted per
/// account pair (generate_coordinated_network's weight); then the weight filters apply. All windows come from one
/// sweep with the largest window.
/// </remarks>
public static class CoordinationGraphBuilder
{
    /// <summary>Builds the graph straight from posts (streamed into a <see cref="ShareTable"/> with the kinds needed).</summary>
    public static CoordinationGraph Build(IEnumerable<Post> posts, CoordinationOptions options, CancellationToken cancellationToken = default) =>
        Build(posts, [], options, cancellationToken);

    /// <summary>Builds the graph from posts and generic shares together (a share's object kind names its kind, see
    /// <see cref="ShareKindNames.FromObjectKind"/>); shares of kinds not in the options are left out.</summary>
    public static CoordinationGraph Build(
        IEnumerable<Post> posts, IEnumerable<Share> shares, CoordinationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var builder = TableBuilder(options);
        builder.AddRange(posts, cancellationToken);
        return Build(builder, shares, options, cancellationToken);
    }

    /// <summary>Builds the graph from posts in column chunks (streamed: a chunk can be dropped once added) and generic
    /// shares; the same posts give the same graph as the <see cref="Post"/> overload.</summary>
    public static CoordinationGraph Build(
        IEnumerable<PostBatch> posts, IEnumerable<Share> shares, CoordinationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var builder = TableBuilder(options);
        foreach (var batch in posts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.AddBatch(batch);
        }

        return Build(builder, shares, options, cancellationToken);
    }

    private static ShareTableBuilder TableBuilder(CoordinationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ShareTableBuilder(new ShareTableOptions
        {
            Kinds = options.Kinds,
            CollectInteractions = false,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        });
    }

    private static CoordinationGraph Build(
        ShareTableBuilder builder, IEnumerable<Share> shares, CoordinationOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var wanted = options.Kinds.ToHashSet();
        var wantsText = wanted.Contains(ShareKind.Text) || wanted.Contains(ShareKind.SimilarText);
        var count = 0;
        foreach (var share in shares)
        {
            var kind = ShareKindNames.FromObjectKind(share.ObjectKind);
            if (wanted.Contains(kind) || (wantsText && kind is ShareKind.Text or ShareKind.SimilarText))
            {
                builder.AddShare(share.AccountId, share.ContentId, share.Time, kind, share.ObjectId);
            }

            if ((++count & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        // The table was made here and no one else holds it: the graph keeps only what it reads of it.
        return Build(builder.Build(), options, cancellationToken).WithoutShares();
    }

    /// <summary>Builds the graph from a share table; a kind the table has no shares of gives empty layers.</summary>
    public static CoordinationGraph Build(ShareTable table, CoordinationOptions options, CancellationToken cancellationToken = default) =>
        Build(table, options, phase: null, cancellationToken);

    /// <summary>As the public overload, reporting each stage's duration to <paramref name="phase"/> (for benchmarks).</summary>
    internal static CoordinationGraph Build(
        ShareTable table, CoordinationOptions options, Action<string, TimeSpan>? phase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var windows = options.Windows.Order().ToArray();
        var windowMs = windows.Select(w => w.Ticks / TimeSpan.TicksPerMillisecond).ToArray();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };
        var accounts = table.AccountIds.Count;
        var layout = new PairLayout(accounts);
        var layers = new List<CoordinationLayer>();
        var warnings = new List<CoordinationWarning>();
        int[]? similarRepresentative = null;
        var sortScratch = EdgeCounter.NewScratchPool();
        var detailScratch = EdgeDetailer.NewScratchPool();
        foreach (var kind in options.Kinds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var column = table.Column(kind);
            if (column is null || (kind == ShareKind.SimilarText && table.Signatures.Count == 0))
            {
                layers.AddRange(windows.Select(w => EmptyLayer(kind, w)));
                continue;
            }

            var clock = Stopwatch.StartNew();
            void Lap(string stage)
            {
                phase?.Invoke($"{kind} {stage}", clock.Elapsed);
                clock.Restart();
            }

            int[]? objectOf = null;
            var objectCount = column.ObjectCount;
            if (kind == ShareKind.SimilarText)
            {
                (objectOf, similarRepresentative) = SimilarTextObjects(table, column, options, cancellationToken);
                objectCount = similarRepresentative.Length;
                Lap("near-duplicate clustering");
            }

            var sweep = KindSweep.Prepare(kind, column, objectOf, objectCount, accounts, table.PostCount, windowMs, options, parallel);
            Lap("grouping and participation");
            foreach (var (group, shares, pairs, limit) in sweep.Capped)
            {
                var objectId = sweep.Groups.ObjectId[group];
                var label = kind == ShareKind.SimilarText
                    ? "~" + table.ObjectLabel(ShareKind.Text, similarRepresentative![objectId])
                    : table.ObjectLabel(kind, objectId);
                warnings.Add(new CoordinationWarning(kind, objectId, label, shares, pairs, limit));
            }

            var candidates = EdgeCounter.Count(sweep, layout, options, parallel, sortScratch);
            Lap("pair counting");
            var survivors = Survivors.Select(candidates, options);
            var details = EdgeDetailer.Detail(sweep, layout, candidates, survivors, options, parallel, detailScratch);
            Lap("edge details");
            for (var w = 0; w < windows.Length; w++)
            {
                var edges = new List<CoordinationEdge>();
                for (var s = 0; s < survivors.Count; s++)
                {
                    if (details[(s * windows.Length) + w] is { } edge)
                    {
                        edges.Add(edge);
                    }
                }

                layers.Add(new CoordinationLayer
                {
                    Kind = kind,
                    Window = windows[w],
                    Edges = edges,
                    CandidateEdges = candidates.CandidateEdges[w],
                    CandidatePairs = candidates.CandidatePairs[w],
                    WeightThreshold = survivors.Thresholds[w],
                });
            }
        }

        return new CoordinationGraph(table, layers, warnings, options, similarRepresentative);
    }

    private static CoordinationLayer EmptyLayer(ShareKind kind, TimeSpan window) => new()
    {
        Kind = kind,
        Window = window,
        Edges = [],
        CandidateEdges = 0,
        CandidatePairs = 0,
    };

    /// <summary>Clusters the signed texts; returns the cluster of each text object (-1 without signature), clusters
    /// numbered in order of their first text object, and each cluster's representative text object (its label).</summary>
    private static (int[] ObjectOf, int[] Representative) SimilarTextObjects(
        ShareTable table, ShareColumn column, CoordinationOptions options, CancellationToken cancellationToken)
    {
        var clusterer = new NearDuplicateClusterer(table.MinHash, options.SimilarityThreshold, options.MaxDegreeOfParallelism);
        var leaders = clusterer.Cluster(table.Signatures, cancellationToken);
        var clusterOfRoot = new int[leaders.Length];
        Array.Fill(clusterOfRoot, -1);
        var objectOf = new int[column.ObjectCount];
        var objectOfSignature = new int[leaders.Length];
        for (var o = 0; o < objectOf.Length; o++)
        {
            if (column.SignatureOf![o] is var signature and >= 0)
            {
                objectOfSignature[signature] = o;
            }
        }

        var representative = new GrowArray<int>(1024);
        for (var o = 0; o < objectOf.Length; o++)
        {
            var signature = column.SignatureOf![o];
            if (signature < 0)
            {
                objectOf[o] = -1;
                continue;
            }

            var root = leaders[signature];
            if (clusterOfRoot[root] < 0)
            {
                clusterOfRoot[root] = representative.Count;
                representative.Add(objectOfSignature[root]);
            }

            objectOf[o] = clusterOfRoot[root];
        }

        return (objectOf, representative.ToTrimmedArray());
    }
}
