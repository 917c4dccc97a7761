namespace NetworkGraph.Core.Clustering;

/// <summary>A cluster's posts as parallel arrays in time order: UTC ticks, author index and normalised text.</summary>
internal sealed class PostTimeline
{
    private PostTimeline(long[] ticks, int[] authors, int[] moves, string[] texts)
    {
        Ticks = ticks;
        Authors = authors;
        Moves = moves;
        Texts = texts;
    }

    public long[] Ticks { get; }

    public int[] Authors { get; }

    /// <summary>
    /// Which posts moved together: the author index in the observed timeline, the author's shift in a shifted one
    /// (two members given the same shift stay aligned, so their coincidences are not chance and are not counted).
    /// </summary>
    public int[] Moves { get; }

    /// <summary>Normalised text per post ("" for retweets).</summary>
    public string[] Texts { get; }

    public int Count => Ticks.Length;

    /// <summary>The cluster's posts, already in time order.</summary>
    public static PostTimeline Of(ClusterContext ctx)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = ctx.Posts.Count;
        var ticks = new long[n];
        var authors = new int[n];
        for (var i = 0; i < n; i++)
        {
            var p = ctx.Posts[i];
            ticks[i] = p.Time.UtcTicks;
            if (!index.TryGetValue(p.AuthorId, out var a))
            {
                index[p.AuthorId] = a = index.Count;
            }

            authors[i] = a;
        }

        return new PostTimeline(ticks, authors, authors, [.. ctx.NormalizedTexts]);
    }

    /// <summary>
    /// The same posts with each author's whole timeline moved by 1 to <paramref name="maxDays"/> whole days, forward or
    /// back, wrapping around the cluster's active days (at least 2 * maxDays + 1 of them) so the activity level stays
    /// the same: each account keeps its posts, texts, volume and time of day; only the alignment between accounts is lost.
    /// </summary>
    public PostTimeline Shifted(Random rng, int maxDays)
    {
        var authorCount = Authors.Length == 0 ? 0 : Authors.Max() + 1;
        var shift = new long[authorCount];
        var move = new int[authorCount];
        for (var a = 0; a < authorCount; a++)
        {
            var days = rng.Next(1, maxDays + 1) * (rng.Next(2) == 0 ? -1 : 1);
            shift[a] = TimeSpan.TicksPerDay * days;
            move[a] = days;
        }

        var first = Count == 0 ? 0 : Ticks[0] - (Ticks[0] % TimeSpan.TicksPerDay);
        var activeDays = Count == 0 ? 1 : ((Ticks[^1] - first) / TimeSpan.TicksPerDay) + 1;
        var period = TimeSpan.TicksPerDay * Math.Max(activeDays, (2L * maxDays) + 1);
        var ticks = new long[Count];
        for (var i = 0; i < Count; i++)
        {
            // Offsets from the first active day stay within [0, period): no tick arithmetic near the calendar's ends.
            var offset = (Ticks[i] - first + shift[Authors[i]]) % period;
            ticks[i] = first + (offset < 0 ? offset + period : offset);
        }

        var order = Enumerable.Range(0, Count).ToArray();
        Array.Sort((long[])ticks.Clone(), order);
        return new PostTimeline(
            order.Select(i => ticks[i]).ToArray(),
            order.Select(i => Authors[i]).ToArray(),
            order.Select(i => move[Authors[i]]).ToArray(),
            order.Select(i => Texts[i]).ToArray());
    }
}
