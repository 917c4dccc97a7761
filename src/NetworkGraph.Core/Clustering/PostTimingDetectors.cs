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
        var observed = PostTimeline.Of(ctx);
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

        return new TimingCounts(copied, synced, nullCopied / options.NullModelRounds, nullSynced / options.NullModelRounds);
    }

    /// <summary>How many distinct members make a window synchronised.</summary>
    public static int Required(int members, ClusterAnalysisOptions options) =>
        Math.Max(options.MinSyncAccounts, (int)Math.Ceiling(options.SyncMemberShare * members));

    private static int CopyPasted(PostTimeline t, ClusterAnalysisOptions options)
    {
        var window = TimeSpan.FromSeconds(options.CopyWindowSeconds).Ticks;
        var minLength = Math.Max(1, options.MinCopyTextLength);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < t.Count; i++)
        {
            var text = t.Texts[i];
            if (text.Length < minLength)
            {
                continue;
            }

            if (!groups.TryGetValue(text, out var list))
            {
                groups[text] = list = [];
            }

            list.Add(i); // in time order: the timeline is sorted
        }

        var count = 0;
        foreach (var idx in groups.Values)
        {
            for (var k = 0; idx.Count > 1 && k < idx.Count; k++)
            {
                if (HasOtherAuthorNear(t, idx, k, window))
                {
                    count++;
                }
            }
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
        var inWindow = new Dictionary<int, int>();
        int left = 0, right = 0, count = 0;
        for (var i = 0; i < t.Count; i++)
        {
            var now = t.Ticks[i];
            while (right < t.Count && t.Ticks[right] - now <= half)
            {
                inWindow[t.Authors[right]] = inWindow.GetValueOrDefault(t.Authors[right]) + 1;
                right++;
            }

            while (now - t.Ticks[left] > half)
            {
                var a = t.Authors[left];
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

    private static bool HasOtherAuthorNear(PostTimeline t, List<int> idx, int k, long window)
    {
        var me = idx[k];
        for (var j = k - 1; j >= 0 && t.Ticks[me] - t.Ticks[idx[j]] <= window; j--)
        {
            if (t.Moves[idx[j]] != t.Moves[me])
            {
                return true;
            }
        }

        for (var j = k + 1; j < idx.Count && t.Ticks[idx[j]] - t.Ticks[me] <= window; j++)
        {
            if (t.Moves[idx[j]] != t.Moves[me])
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Copy-pasted and synchronised posts, observed and expected under the time-shift null model.</summary>
internal sealed record TimingCounts(int CopyPasted, int Synchronised, double ExpectedCopyPasted, double ExpectedSynchronised);
