using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Clustering;

/// <summary>
/// Post-level timing signals, copy-paste between members and synchronised posting, observed and under a null model
/// that keeps each member's own activity (its posts, texts and time of day) but moves each member's whole timeline by
/// a random number of days, so what the members did together is measured against what their activity gives by chance.
/// </summary>
internal static class PostTimingDetectors
{
    /// <summary>Observed and expected (time-shift null) counts of copy-pasted and synchronised posts.</summary>
    public static TimingCounts Count(ClusterContext ctx, ClusterAnalysisOptions options)
    {
        var observed = PostTimeline.Of(ctx, Math.Max(1, options.MinCopyTextLength));
        var required = Required(ctx.Members.Count, options);
        var copied = CopyPasted(observed, options);
        var synced = Synchronised(observed, required, options);
        double nullCopied = 0, nullSynced = 0;
        // HashCode.Combine is salted per process: the seed must be the same on every run for the same clusters.
        var rng = new Random((int)StableHash.Mix(((ulong)(uint)options.NullModelSeed << 32) | (uint)ctx.Community));
        for (var round = 0; round < options.NullModelRounds; round++)
        {
            var shifted = observed.Shifted(rng, options.NullModelMaxShiftDays);
            nullCopied += CopyPasted(shifted, options);
            nullSynced += Synchronised(shifted, required, options);
        }

        var comparable = observed.Texts.Count(t => t >= 0);
        return new TimingCounts(copied, synced, nullCopied / options.NullModelRounds, nullSynced / options.NullModelRounds, comparable);
    }

    /// <summary>How many distinct members make a window synchronised.</summary>
    public static int Required(int members, ClusterAnalysisOptions options) =>
        Math.Max(options.MinSyncAccounts, (int)Math.Ceiling(options.SyncMemberShare * members));

    private static int CopyPasted(PostTimeline t, ClusterAnalysisOptions options)
    {
        var window = TimeSpan.FromSeconds(options.CopyWindowSeconds).Ticks;

        // Posts with a text, grouped by text and in time order within a group (the timeline is sorted).
        var keyed = new List<long>(t.Count);
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Texts[i] >= 0)
            {
                keyed.Add(((long)t.Texts[i] << 32) | (uint)i);
            }
        }

        var keys = keyed.ToArray();
        Array.Sort(keys);
        var group = new int[keys.Length];
        var count = 0;
        for (var start = 0; start < keys.Length;)
        {
            var end = start;
            while (end < keys.Length && keys[end] >> 32 == keys[start] >> 32)
            {
                group[end - start] = (int)(uint)keys[end];
                end++;
            }

            var idx = group.AsSpan(0, end - start);
            for (var k = 0; idx.Length > 1 && k < idx.Length; k++)
            {
                if (HasOtherAuthorNear(t, idx, k, window))
                {
                    count++;
                }
            }

            start = end;
        }

        return count;
    }

    private static int Synchronised(PostTimeline t, int required, ClusterAnalysisOptions options)
    {
        if (t.Count < required)
        {
            return 0;
        }

        var half = TimeSpan.FromSeconds(options.SyncWindowSeconds / 2).Ticks;
        var inWindow = new int[t.AuthorCount];
        int distinct = 0, left = 0, right = 0, count = 0;
        for (var i = 0; i < t.Count; i++)
        {
            var now = t.Ticks[i];
            while (right < t.Count && t.Ticks[right] - now <= half)
            {
                if (inWindow[t.Authors[right]]++ == 0)
                {
                    distinct++;
                }

                right++;
            }

            while (now - t.Ticks[left] > half)
            {
                if (--inWindow[t.Authors[left]] == 0)
                {
                    distinct--;
                }

                left++;
            }

            if (distinct >= required)
            {
                count++;
            }
        }

        return count;
    }

    private static bool HasOtherAuthorNear(PostTimeline t, ReadOnlySpan<int> idx, int k, long window)
    {
        var me = idx[k];
        for (var j = k - 1; j >= 0 && t.Ticks[me] - t.Ticks[idx[j]] <= window; j--)
        {
            if (t.Moves[idx[j]] != t.Moves[me])
            {
                return true;
            }
        }

        for (var j = k + 1; j < idx.Length && t.Ticks[idx[j]] - t.Ticks[me] <= window; j++)
        {
            if (t.Moves[idx[j]] != t.Moves[me])
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Copy-pasted and synchronised posts, observed and expected under the time-shift null model, and the posts with a text long enough to compare.</summary>
internal sealed record TimingCounts(int CopyPasted, int Synchronised, double ExpectedCopyPasted, double ExpectedSynchronised, int ComparableTexts);
