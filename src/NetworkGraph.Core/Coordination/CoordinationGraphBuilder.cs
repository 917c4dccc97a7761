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
        IEnumerable<PostBatch> posts, IEnumerable<Share> shares, CoordinationOptions options, CancellationToken cancellationToken = default) =>
        Build(posts, shares, options, textObjects: null, cancellationToken);

    /// <summary>As <see cref="Build(IEnumerable{PostBatch}, IEnumerable{Share}, CoordinationOptions, CancellationToken)"/>,
    /// recording each post's text object into <paramref name="textObjects"/> (when given) for the cluster stage.</summary>
    public static CoordinationGraph Build(
        IEnumerable<PostBatch> posts, IEnumerable<Share> shares, CoordinationOptions options, PostTextObjects? textObjects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var builder = TableBuilder(options, textObjects);
        foreach (var batch in posts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.AddBatch(batch);
        }

        return Build(builder, shares, options, cancellationToken);
    }

    private static ShareTableBuilder TableBuilder(CoordinationOptions options, PostTextObjects? textObjects = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ShareTableBuilder(new ShareTableOptions
        {
            Kinds = options.Kinds,
            CollectInteractions = false,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        })
        {
            TextObjects = textObjects,
        };
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
    /// <remarks>With a second thread, co-similar's near-duplicate groups are formed, and its graph built, on a task of
    /// their own while the kinds after it are built (forming the groups is sequential): each kind's layers depend on
    /// the table and the options alone, and they are put together in the order of the kinds.</remarks>
    internal static CoordinationGraph Build(
        ShareTable table, CoordinationOptions options, Action<string, TimeSpan>? phase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var windows = options.Windows.Order().ToArray();
        var context = new KindContext(
            table,
            options,
            windows,
            windows.Select(w => w.Ticks / TimeSpan.TicksPerMillisecond).ToArray(),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            new PairLayout(table.AccountIds.Count),
            EdgeCounter.NewScratchPool(),
            EdgeDetailer.NewScratchPool(),
            phase);
        var kinds = options.Kinds.ToArray();
        var built = new KindLayers[kinds.Length];
        int[]? similarRepresentative = null;
        Task<KindLayers>? similar = null;
        var similarAt = -1;
        try
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var kind = kinds[k];
                var column = table.Column(kind);
                if (column is null || (kind == ShareKind.SimilarText && table.Signatures.Count == 0))
                {
                    built[k] = new KindLayers([.. windows.Select(w => EmptyLayer(kind, w))], []);
                    continue;
                }

                if (kind != ShareKind.SimilarText)
                {
                    built[k] = BuildKind(context, kind, column, objectOf: null, column.ObjectCount, representative: null);
                    continue;
                }

                var clock = Stopwatch.StartNew();
                var clusterer = new NearDuplicateClusterer(table.MinHash, options.SimilarityThreshold, options.MaxDegreeOfParallelism);
                var candidates = clusterer.FindCandidates(table.Signatures, cancellationToken);
                phase?.Invoke($"{kind} near-duplicate candidates", clock.Elapsed);
                KindLayers Rest()
                {
                    clock.Restart();
                    var (objectOf, representative) = SimilarTextObjects(column, clusterer.FormGroups(candidates, table.Signatures));
                    similarRepresentative = representative;
                    phase?.Invoke($"{kind} near-duplicate groups", clock.Elapsed);
                    return BuildKind(context, kind, column, objectOf, representative.Length, representative);
                }

                if (options.MaxDegreeOfParallelism > 1 && k < kinds.Length - 1)
                {
                    (similar, similarAt) = (Task.Run(Rest, cancellationToken), k);
                }
                else
                {
                    built[k] = Rest();
                }
            }

            if (similar is not null)
            {
                built[similarAt] = similar.GetAwaiter().GetResult();
            }
        }
        catch (Exception) when (similar is { IsCompleted: false })
        {
            // A kind after co-similar failed or was cancelled: co-similar's task is not left running.
            ((IAsyncResult)similar).AsyncWaitHandle.WaitOne();
            throw;
        }

        return new CoordinationGraph(
            table, [.. built.SelectMany(b => b.Layers)], [.. built.SelectMany(b => b.Warnings)], options, similarRepresentative);
    }

    /// <summary>One kind's layers (one per window) and warnings; <paramref name="objectOf"/> groups the column's
    /// objects (co-similar: near-duplicate groups, whose representative texts <paramref name="representative"/> names).</summary>
    private static KindLayers BuildKind(
        KindContext context, ShareKind kind, ShareColumn column, int[]? objectOf, int objectCount, int[]? representative)
    {
        var (table, options, windows, parallel) = (context.Table, context.Options, context.Windows, context.Parallel);
        var clock = Stopwatch.StartNew();
        void Lap(string stage)
        {
            context.Phase?.Invoke($"{kind} {stage}", clock.Elapsed);
            clock.Restart();
        }

        var sweep = KindSweep.Prepare(kind, column, objectOf, objectCount, table.AccountIds.Count, table.PostCount, context.WindowMs, options, parallel);
        Lap("grouping and participation");
        var warnings = new List<CoordinationWarning>();
        foreach (var (group, shares, pairs, limit) in sweep.Capped)
        {
            var objectId = sweep.Groups.ObjectId[group];
            var label = representative is not null
                ? "~" + table.ObjectLabel(ShareKind.Text, representative[objectId])
                : table.ObjectLabel(kind, objectId);
            warnings.Add(new CoordinationWarning(kind, objectId, label, shares, pairs, limit));
        }

        var candidates = EdgeCounter.Count(sweep, context.Layout, options, parallel, context.SortScratch);
        Lap("pair counting");
        var survivors = Survivors.Select(candidates, options);
        var details = EdgeDetailer.Detail(sweep, context.Layout, candidates, survivors, options, parallel, context.DetailScratch);
        Lap("edge details");
        var layers = new List<CoordinationLayer>();
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

        return new KindLayers(layers, warnings);
    }

    private static CoordinationLayer EmptyLayer(ShareKind kind, TimeSpan window) => new()
    {
        Kind = kind,
        Window = window,
        Edges = [],
        CandidateEdges = 0,
        CandidatePairs = 0,
    };

    /// <summary>The near-duplicate group of each text object (-1 without signature), groups numbered in order of their
    /// first text object, and each group's representative text object (its label), from the representative of each
    /// signature (<paramref name="leaders"/>).</summary>
    private static (int[] ObjectOf, int[] Representative) SimilarTextObjects(ShareColumn column, int[] leaders)
    {
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

    /// <summary>What every kind of one build shares: the table, options, windows, thread options, pair layout and
    /// scratch pools (thread-safe), and the phase callback.</summary>
    private sealed record KindContext(
        ShareTable Table,
        CoordinationOptions Options,
        TimeSpan[] Windows,
        long[] WindowMs,
        ParallelOptions Parallel,
        PairLayout Layout,
        ScratchPool<EdgeCounter.BucketScratch> SortScratch,
        ScratchPool<EdgeDetailer.DetailScratch> DetailScratch,
        Action<string, TimeSpan>? Phase);

    /// <summary>One kind's layers, one per window, and its warnings.</summary>
    private sealed record KindLayers(List<CoordinationLayer> Layers, List<CoordinationWarning> Warnings);
}
