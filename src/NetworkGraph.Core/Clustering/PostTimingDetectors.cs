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
        var window = TimeSpan.FromSeconds(options.CopyWindowSeconds).Ticks;
        var half = TimeSpan.FromSeconds(options.SyncWindowSeconds / 2).Ticks;
        var groups = new TextGroups(observed.Texts);
        var copied = groups.CopyPasted(observed.Ticks, observed.Authors, null, window);
        var synced = Synchronised(observed.Ticks, observed.Authors, observed.AuthorCount, required, half);
        double nullCopied = 0, nullSynced = 0;
        // HashCode.Combine is salted per process: the seed must be the same on every run for the same clusters.
        var rng = new Random((int)StableHash.Mix(((ulong)(uint)options.NullModelSeed << 32) | (uint)ctx.Community));
        var shifted = new long[observed.Count];
        var sortedTicks = new long[observed.Count];
        var sortedAuthors = new int[observed.Count];
        for (var round = 0; round < options.NullModelRounds; round++)
        {
            // Two members given the same shift stay aligned, so their coincidences are not chance and are not counted:
            // on a moved timeline posts "move together" by their authors' shift, not their authors.
            var move = observed.Shift(rng, options.NullModelMaxShiftDays, shifted);
            nullCopied += groups.CopyPasted(shifted, observed.Authors, move, window);
            if (observed.Count >= required)
            {
                observed.InTimeOrder(shifted, move, sortedTicks, sortedAuthors);
                nullSynced += Synchronised(sortedTicks, sortedAuthors, observed.AuthorCount, required, half);
            }
        }

        var comparable = 0;
        foreach (var t in observed.Texts)
        {
            comparable += t >= 0 ? 1 : 0;
        }

        return new TimingCounts(copied, synced, nullCopied / options.NullModelRounds, nullSynced / options.NullModelRounds, comparable);
    }

    /// <summary>How many distinct members make a window synchronised.</summary>
    public static int Required(int members, ClusterAnalysisOptions options) =>
        Math.Max(options.MinSyncAccounts, (int)Math.Ceiling(options.SyncMemberShare * members));

    /// <summary>How many posts have within <paramref name="half"/> on either side (their own included) posts of at least
    /// <paramref name="required"/> distinct authors; <paramref name="ticks"/> in time order (posts at the same time in
    /// any order: each post's window holds all of them).</summary>
    private static int Synchronised(long[] ticks, int[] authors, int authorCount, int required, long half)
    {
        if (ticks.Length < required)
        {
            return 0;
        }

        var inWindow = new int[authorCount];
        int distinct = 0, left = 0, right = 0, count = 0;
        for (var i = 0; i < ticks.Length; i++)
        {
            var now = ticks[i];
            while (right < ticks.Length && ticks[right] - now <= half)
            {
                if (inWindow[authors[right]]++ == 0)
                {
                    distinct++;
                }

                right++;
            }

            while (now - ticks[left] > half)
            {
                if (--inWindow[authors[left]] == 0)
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

    /// <summary>The posts of each text that more than one post has (posts with a text only), found once and counted on
    /// the observed timeline and on each moved one.</summary>
    private sealed class TextGroups
    {
        private readonly int[] _starts;
        private readonly int[] _posts;
        private readonly long[] _ticks;
        private readonly int[] _moves;

        public TextGroups(int[] texts)
        {
            // Keys (text, post) of the posts with a text, sized exactly: a list grown by doubling and copied out held up
            // to three times the keys at once (tens of bytes per post of a big cluster).
            var count = 0;
            foreach (var t in texts)
            {
                count += t >= 0 ? 1 : 0;
            }

            var keys = new long[count];
            for (int i = 0, k = 0; i < texts.Length; i++)
            {
                if (texts[i] >= 0)
                {
                    keys[k++] = ((long)texts[i] << 32) | (uint)i;
                }
            }

            Array.Sort(keys);
            var starts = new List<int> { 0 };
            var posts = new int[keys.Length];
            var grouped = 0;
            var largest = 0;
            for (var start = 0; start < keys.Length;)
            {
                var end = start + 1;
                while (end < keys.Length && keys[end] >> 32 == keys[start] >> 32)
                {
                    end++;
                }

                if (end - start > 1)
                {
                    for (var k = start; k < end; k++)
                    {
                        posts[grouped++] = (int)(uint)keys[k];
                    }

                    starts.Add(grouped);
                    largest = Math.Max(largest, end - start);
                }

                start = end;
            }

            _starts = [.. starts];
            _posts = posts; // the posts of the groups are its first _starts[^1] entries
            _ticks = new long[largest];
            _moves = new int[largest];
        }

        /// <summary>How many posts share their text with a post of another mover (an author, or an author's shift when
        /// <paramref name="moveOfAuthor"/> is given) within <paramref name="window"/>; <paramref name="ticks"/> per post.</summary>
        public int CopyPasted(long[] ticks, int[] authors, int[]? moveOfAuthor, long window)
        {
            var count = 0;
            for (var g = 0; g + 1 < _starts.Length; g++)
            {
                var n = _starts[g + 1] - _starts[g];
                var groupTicks = _ticks.AsSpan(0, n);
                var groupMoves = _moves.AsSpan(0, n);
                for (var k = 0; k < n; k++)
                {
                    var post = _posts[_starts[g] + k];
                    groupTicks[k] = ticks[post];
                    groupMoves[k] = moveOfAuthor is null ? authors[post] : moveOfAuthor[authors[post]];
                }

                // Whether a post has another mover's post within the window does not depend on the order of posts at
                // the same time: each scan passes all of them.
                groupTicks.Sort(groupMoves);
                for (var k = 0; k < n; k++)
                {
                    if (HasOtherNear(groupTicks, groupMoves, k, window))
                    {
                        count++;
                    }
                }
            }

            return count;
        }

        private static bool HasOtherNear(ReadOnlySpan<long> ticks, ReadOnlySpan<int> moves, int k, long window)
        {
            for (var j = k - 1; j >= 0 && ticks[k] - ticks[j] <= window; j--)
            {
                if (moves[j] != moves[k])
                {
                    return true;
                }
            }

            for (var j = k + 1; j < ticks.Length && ticks[j] - ticks[k] <= window; j++)
            {
                if (moves[j] != moves[k])
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>Copy-pasted and synchronised posts, observed and expected under the time-shift null model, and the posts with a text long enough to compare.</summary>
internal sealed record TimingCounts(int CopyPasted, int Synchronised, double ExpectedCopyPasted, double ExpectedSynchronised, int ComparableTexts);
