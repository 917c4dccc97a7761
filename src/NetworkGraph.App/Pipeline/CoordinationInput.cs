using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Pipeline;

/// <summary>What the coordination graphs are built from: the stored posts and the stored generic shares (share
/// tables), for <c>graph build</c> and <c>analyze</c> alike. The posts are not held: <see cref="Build"/> streams them
/// from the store as column chunks into the share table, and the generic shares are let go once built into it.</summary>
internal sealed class CoordinationInput
{
    private const int ChunksAhead = 2;
    private readonly SqliteStore _store;
    private List<Share>? _shares;
    private PostTextObjects? _textObjects;

    private CoordinationInput(SqliteStore store, long? sinceUnixSeconds, int postCount, List<Share> shares)
    {
        _store = store;
        SinceUnixSeconds = sinceUnixSeconds;
        PostCount = postCount;
        ShareCount = shares.Count;
        _shares = shares;
        ShareKinds = shares.Select(s => s.ObjectKind).Distinct(StringComparer.Ordinal)
            .Select(ShareKindNames.FromObjectKind)
            .Distinct()
            .OrderBy(ShareKindNames.CliName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How many posts the graphs are built from.</summary>
    public int PostCount { get; }

    /// <summary>The first whole second of the posts read (a post's time is whole seconds), or null for all posts.</summary>
    public long? SinceUnixSeconds { get; }

    /// <summary>How many generic shares the graphs are built from.</summary>
    public int ShareCount { get; }

    /// <summary>Every coordination kind the shares hold, by command-line name.</summary>
    public IReadOnlyList<ShareKind> ShareKinds { get; }

    /// <summary>Time the last <see cref="Build"/>'s reader thread spent reading posts from the store.</summary>
    public TimeSpan ReadTime { get; private set; }

    /// <summary>Time the last <see cref="Build"/>'s share table spent waiting for the reader (it reads a few chunks
    /// ahead: this is the part of the read the build did not overlap).</summary>
    public TimeSpan WaitTime { get; private set; }

    /// <summary>The text object the share table gave each post read by <see cref="Build"/>, for the cluster stage
    /// (which then need not normalise its posts' texts again); handed over once, then let go (null after, or before a
    /// build).</summary>
    public PostTextObjects? TakeTextObjects()
    {
        var taken = _textObjects;
        _textObjects = null;
        return taken;
    }

    /// <summary>Reads every share and counts the posts, or only those at or after <paramref name="since"/>.</summary>
    public static async Task<CoordinationInput> ReadAsync(SqliteStore store, DateTimeOffset? since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        long? sinceSeconds = null;
        if (since is { } from)
        {
            // Stored times are whole seconds: a post at or after 'from' is one at or after the next whole second.
            var seconds = from.ToUnixTimeSeconds();
            sinceSeconds = DateTimeOffset.FromUnixTimeSeconds(seconds) < from ? seconds + 1 : seconds;
        }

        var posts = checked((int)await store.CountPostsAsync(sinceSeconds, ct));
        var shares = await store.ReadSharesAsync(ct).ToListAsync(ct);
        if (since is { } start)
        {
            shares = shares.Where(s => s.Time >= start).ToList();
        }

        return new CoordinationInput(store, sinceSeconds, posts, shares);
    }

    /// <summary>The settings with the shares' kinds added when <see cref="AnalysisSettings.AddShareKinds"/>; a kind
    /// named by a share table (co-NAME) that was asked for but is in no stored share is a usage error.</summary>
    public AnalysisSettings Complete(AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var missing = settings.Kinds.Where(k => ShareKindNames.IsNamed(k) && !ShareKinds.Contains(k)).ToList();
        if (missing.Count > 0)
        {
            var held = ShareKinds.Count == 0 ? "none" : string.Join(", ", ShareKinds.Select(ShareKindNames.CliName));
            throw new UsageException(
                $"--kinds: unknown coordination kind '{ShareKindNames.CliName(missing[0])}' (built in: "
                + $"{string.Join(", ", Enum.GetValues<ShareKind>().Select(ShareKindNames.CliName))}; "
                + $"in the store's share tables: {held})");
        }

        return settings.AddShareKinds
            ? settings with { Kinds = [.. settings.Kinds, .. ShareKinds.Where(k => !settings.Kinds.Contains(k))] }
            : settings;
    }

    /// <summary>Builds the coordination graphs of the posts and shares, once (the shares are not kept: the later stages
    /// need none, and a share-table store holds millions); the store is read on a second thread, a few column chunks
    /// ahead of the share table, with only the columns the kinds need.</summary>
    public CoordinationGraph Build(AnalysisSettings settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var shares = _shares ?? throw new InvalidOperationException("The coordination graphs of this input were already built.");
        _shares = null;
        var options = settings.ToCoordinationOptions();
        var chunks = Channel.CreateBounded<PostBatch>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var recycled = new ConcurrentQueue<PostBatch>();
        var columns = ColumnsFor(options.Kinds);
        var reading = Task.Run(() => ReadChunksAsync(columns, settings.Threads, recycled, chunks.Writer, stop.Token), stop.Token);
        try
        {
            var batches = chunks.Reader.ReadAllAsync(stop.Token).ToBlockingEnumerable(stop.Token);

            // Texts are recorded for the cluster stage only when they are read (a text kind is asked for).
            var textObjects = columns.HasFlag(PostBatchColumns.Text) ? new PostTextObjects(PostCount) : null;
            var graph = CoordinationGraphBuilder.Build(Recycling(batches, recycled, wait => WaitTime = wait), shares, options, textObjects, ct);
            _textObjects = textObjects;
            return graph;
        }
        finally
        {
            stop.Cancel();
            try
            {
                reading.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The build ended first (it failed or was cancelled): the reader was told to stop.
            }
        }
    }

    /// <summary>The batches, each handed back to the reader for refilling once the builder asks for the next (the
    /// builder is done with a batch when it has added it); <paramref name="waited"/> is told the time spent waiting for
    /// batches so far, after each.</summary>
    private static IEnumerable<PostBatch> Recycling(IEnumerable<PostBatch> batches, ConcurrentQueue<PostBatch> recycled, Action<TimeSpan> waited)
    {
        var clock = new Stopwatch();
        using var next = batches.GetEnumerator();
        while (true)
        {
            clock.Start();
            var more = next.MoveNext();
            clock.Stop();
            waited(clock.Elapsed);
            if (!more)
            {
                yield break;
            }

            yield return next.Current;
            recycled.Enqueue(next.Current);
        }
    }

    private async Task ReadChunksAsync(
        PostBatchColumns columns, int threads, ConcurrentQueue<PostBatch> recycled, ChannelWriter<PostBatch> writer, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var reading = TimeSpan.Zero;
        try
        {
            await using var batches = _store.ReadPostBatchesAsync(columns, SinceUnixSeconds, recycled: recycled, threads: threads, cancellationToken: ct).GetAsyncEnumerator(ct);
            while (true)
            {
                clock.Restart();
                var more = await batches.MoveNextAsync();
                reading += clock.Elapsed;
                if (!more)
                {
                    break;
                }

                await writer.WriteAsync(batches.Current, ct);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
            throw;
        }
        finally
        {
            ReadTime = reading;
        }
    }

    private static PostBatchColumns ColumnsFor(IReadOnlyCollection<ShareKind> kinds)
    {
        var columns = PostBatchColumns.None;
        if (kinds.Contains(ShareKind.Text) || kinds.Contains(ShareKind.SimilarText))
        {
            columns |= PostBatchColumns.Text;
        }

        if (kinds.Contains(ShareKind.Hashtag))
        {
            columns |= PostBatchColumns.Hashtags;
        }

        if (kinds.Contains(ShareKind.Url) || kinds.Contains(ShareKind.Domain))
        {
            columns |= PostBatchColumns.Urls;
        }

        return kinds.Contains(ShareKind.Mention) ? columns | PostBatchColumns.Mentions : columns;
    }

    /// <summary>A one-line account of what was read, e.g. "1,200 posts and 3,400 shares (co-share, co-image)".</summary>
    public string Describe() => ShareCount == 0
        ? $"{PostCount:N0} posts"
        : $"{PostCount:N0} posts and {ShareCount:N0} shares ({string.Join(", ", ShareKinds.Select(ShareKindNames.CliName))})";
}
