namespace NetworkGraph.Core.Clustering;

/// <summary>Post-level timing signals: copy-paste between members and synchronised posting.</summary>
internal static class PostTimingDetectors
{
    /// <summary>Posts whose normalised text another member posted within the copy window.</summary>
    public static int CopyPasted(ClusterContext ctx, ClusterAnalysisOptions options)
    {
        var window = TimeSpan.FromSeconds(options.CopyWindowSeconds);
        var count = 0;
        var groups = Enumerable.Range(0, ctx.Posts.Count)
            .Where(i => ctx.NormalizedTexts[i].Length >= Math.Max(1, options.MinCopyTextLength))
            .GroupBy(i => ctx.NormalizedTexts[i], StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var idx = group.ToArray(); // already in time order: posts are sorted
            if (idx.Length < 2)
            {
                continue;
            }

            for (var k = 0; k < idx.Length; k++)
            {
                if (HasOtherAuthorNear(ctx, idx, k, window))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Posts with at least the required number of distinct members posting within half a window either side.</summary>
    public static int Synchronised(ClusterContext ctx, ClusterAnalysisOptions options)
    {
        var posts = ctx.Posts;
        var required = Math.Max(options.MinSyncAccounts, (int)Math.Ceiling(options.SyncMemberShare * ctx.Members.Count));
        if (posts.Count < required)
        {
            return 0;
        }

        // Ticks, not DateTimeOffset arithmetic: a post dated near year 1 or 9999 must not step off the calendar.
        var half = TimeSpan.FromSeconds(options.SyncWindowSeconds / 2).Ticks;
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        int left = 0, right = 0, count = 0;
        for (var i = 0; i < posts.Count; i++)
        {
            var t = posts[i].Time.UtcTicks;
            while (right < posts.Count && posts[right].Time.UtcTicks - t <= half)
            {
                inWindow[posts[right].AuthorId] = inWindow.GetValueOrDefault(posts[right].AuthorId) + 1;
                right++;
            }

            while (t - posts[left].Time.UtcTicks > half)
            {
                var a = posts[left].AuthorId;
                if (--inWindow[a] == 0)
                {
                    inWindow.Remove(a);
                }

                left++;
            }

            if (inWindow.Count >= required)
            {
                count++;
            }
        }

        return count;
    }

    private static bool HasOtherAuthorNear(ClusterContext ctx, int[] idx, int k, TimeSpan window)
    {
        var me = ctx.Posts[idx[k]];
        for (var j = k - 1; j >= 0 && me.Time - ctx.Posts[idx[j]].Time <= window; j--)
        {
            if (!string.Equals(ctx.Posts[idx[j]].AuthorId, me.AuthorId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var j = k + 1; j < idx.Length && ctx.Posts[idx[j]].Time - me.Time <= window; j++)
        {
            if (!string.Equals(ctx.Posts[idx[j]].AuthorId, me.AuthorId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
