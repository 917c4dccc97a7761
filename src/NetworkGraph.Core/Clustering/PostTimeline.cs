namespace NetworkGraph.Core.Clustering;

/// <summary>A cluster's posts as parallel arrays in time order: UTC ticks, author index and copy-paste text id.</summary>
internal sealed class PostTimeline
{
    private long[]? _scratchTicks;
    private int[]? _scratchAuthors;

    private PostTimeline(long[] ticks, int[] authors, int authorCount, int[] texts)
    {
        Ticks = ticks;
        Authors = authors;
        AuthorCount = authorCount;
        Texts = texts;
    }

    public long[] Ticks { get; }

    /// <summary>Author index per post, numbered in order of each author's first post.</summary>
    public int[] Authors { get; }

    public int AuthorCount { get; }

    /// <summary>Normalised text id per post; -1 for texts too short to count as copy-paste (and for retweets).</summary>
    public int[] Texts { get; }

    public int Count => Ticks.Length;

    /// <summary>The cluster's posts, already in time order (their times are the context's); texts shorter than
    /// <paramref name="minTextLength"/> get no id.</summary>
    public static PostTimeline Of(ClusterContext ctx, int minTextLength)
    {
        var n = ctx.Count;
        var texts = new int[n];
        for (var i = 0; i < n; i++)
        {
            var text = ctx.TextId(i);
            texts[i] = text >= 0 && ctx.NormalizedLength(text) >= minTextLength ? text : -1;
        }

        return new PostTimeline(ctx.Ticks, ctx.AuthorIndexes, ctx.AuthorCount, texts);
    }

    /// <summary>
    /// Each author's whole timeline moved by 1 to <paramref name="maxDays"/> whole days, forward or back, wrapping
    /// around the cluster's active days (at least 2 * maxDays + 1 of them) so the activity level stays the same: each
    /// account keeps its posts, texts, volume and time of day; only the alignment between accounts is lost. Gives each
    /// post's moved time in this timeline's order (not sorted again: what is counted on a moved timeline does not
    /// depend on the order of posts at the same time) into <paramref name="ticks"/>, and each author's shift in days.
    /// </summary>
    public int[] Shift(Random rng, int maxDays, long[] ticks)
    {
        var shift = new long[AuthorCount];
        var move = new int[AuthorCount];
        for (var a = 0; a < AuthorCount; a++)
        {
            var days = rng.Next(1, maxDays + 1) * (rng.Next(2) == 0 ? -1 : 1);
            shift[a] = TimeSpan.TicksPerDay * days;
            move[a] = days;
        }

        var first = Count == 0 ? 0 : Ticks[0] - (Ticks[0] % TimeSpan.TicksPerDay);
        var activeDays = Count == 0 ? 1 : ((Ticks[^1] - first) / TimeSpan.TicksPerDay) + 1;
        var period = TimeSpan.TicksPerDay * Math.Max(activeDays, (2L * maxDays) + 1);
        for (var i = 0; i < Count; i++)
        {
            // Offsets from the first active day stay within [0, period): no tick arithmetic near the calendar's ends.
            var offset = (Ticks[i] - first + shift[Authors[i]]) % period;
            ticks[i] = first + (offset < 0 ? offset + period : offset);
        }

        return move;
    }

    /// <summary>
    /// The moved times from <see cref="Shift"/> (<paramref name="shifted"/>, per post in this timeline's order) in time
    /// order with their authors, into <paramref name="ticks"/> and <paramref name="authors"/>; posts at the same time
    /// come in no particular order. The authors given one shift keep their posts' order up to one wrap around the
    /// period, so each shift gives at most two ordered runs, and the runs are merged: no sort of all the posts.
    /// </summary>
    public void InTimeOrder(long[] shifted, int[] move, long[] ticks, int[] authors)
    {
        // The posts bucketed by their author's shift, in timeline order within a bucket; each bucket cut where its
        // times wrap.
        var shifts = move.Distinct().Order().ToArray();
        var bucketOf = Array.ConvertAll(move, m => Array.IndexOf(shifts, m));
        var next = new int[shifts.Length + 1];
        foreach (var a in Authors)
        {
            next[bucketOf[a] + 1]++;
        }

        for (var b = 0; b < shifts.Length; b++)
        {
            next[b + 1] += next[b];
        }

        var runStarts = new List<int>();
        foreach (var b in next[..^1])
        {
            runStarts.Add(b);
        }

        // The scratch is kept for the next round.
        var (srcTicks, srcAuthors) = (_scratchTicks ??= new long[Count], _scratchAuthors ??= new int[Count]);
        for (var i = 0; i < Count; i++)
        {
            var at = next[bucketOf[Authors[i]]]++;
            srcTicks[at] = shifted[i];
            srcAuthors[at] = Authors[i];
        }

        var runs = new List<int>();
        for (var b = 0; b < runStarts.Count; b++)
        {
            var end = b + 1 < runStarts.Count ? runStarts[b + 1] : Count;
            runs.Add(runStarts[b]);
            for (var k = runStarts[b] + 1; k < end; k++)
            {
                if (srcTicks[k] < srcTicks[k - 1])
                {
                    runs.Add(k);
                }
            }
        }

        runs.Add(Count);

        // Adjacent runs merged pairwise until one is left.
        var (dstTicks, dstAuthors) = (ticks, authors);
        while (runs.Count > 2)
        {
            var merged = new List<int>();
            for (var r = 0; r + 1 < runs.Count; r += 2)
            {
                var (lo, mid, hi) = (runs[r], runs[r + 1], r + 2 < runs.Count ? runs[r + 2] : runs[r + 1]);
                merged.Add(lo);
                int x = lo, y = mid, o = lo;
                while (x < mid && y < hi)
                {
                    // Without a branch (which side comes next is a coin toss the processor would often guess wrong):
                    // fromY is 1 when y's time is earlier (times lie within one period: the difference cannot overflow).
                    var fromY = (int)((ulong)(srcTicks[y] - srcTicks[x]) >> 63);
                    var from = x + ((y - x) & -fromY);
                    dstTicks[o] = srcTicks[from];
                    dstAuthors[o++] = srcAuthors[from];
                    x += 1 - fromY;
                    y += fromY;
                }

                for (; x < mid; x++, o++)
                {
                    (dstTicks[o], dstAuthors[o]) = (srcTicks[x], srcAuthors[x]);
                }

                for (; y < hi; y++, o++)
                {
                    (dstTicks[o], dstAuthors[o]) = (srcTicks[y], srcAuthors[y]);
                }
            }

            merged.Add(Count);
            runs = merged;
            (srcTicks, dstTicks) = (dstTicks, srcTicks);
            (srcAuthors, dstAuthors) = (dstAuthors, srcAuthors);
        }

        if (!ReferenceEquals(srcTicks, ticks))
        {
            srcTicks.AsSpan(0, Count).CopyTo(ticks);
            srcAuthors.AsSpan(0, Count).CopyTo(authors);
        }
    }
}
