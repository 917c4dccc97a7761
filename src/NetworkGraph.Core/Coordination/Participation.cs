using System.Runtime.CompilerServices;

namespace NetworkGraph.Core.Coordination;

/// <summary>CooRTweet's min_participation after pairing: an account qualifies in a window when at least k of its
/// shares pair (within that window) with a share of another account.</summary>
internal static class Participation
{
    private const int RangeSize = 4096;

    /// <summary>Per account, the first window index where it qualifies (windows nest, so it then qualifies in every
    /// larger one), or the window count when it never does. With k &lt;= 1 every account qualifies everywhere.</summary>
    public static byte[] QualifyingWindow(KindSweep sweep, int k, int accountCount, ParallelOptions parallel)
    {
        var qualify = new byte[accountCount];
        if (k <= 1)
        {
            return qualify;
        }

        var m = sweep.WindowCount;
        var groups = sweep.Groups;
        var counts = new int[checked(accountCount * m)];
        var scratches = new ScratchPool<long[]>(() => new long[1024]);
        Parallel.ForEach(Ranges(groups.Count), parallel, scratches.Take, (range, _, nearest) =>
        {
            for (var g = range.Item1; g < range.Item2; g++)
            {
                var start = groups.Start[g];
                var length = groups.Start[g + 1] - start;
                if (nearest.Length < length)
                {
                    nearest = new long[length * 2];
                }

                NearestOtherAccount(groups.Account.AsSpan(start, length), groups.Time.AsSpan(start, length), nearest);
                for (var i = 0; i < length; i++)
                {
                    var band = sweep.BandOf(nearest[i]);
                    if (band < m)
                    {
                        Interlocked.Increment(ref counts[(groups.Account[start + i] * m) + band]);
                    }
                }
            }

            return nearest;
        }, scratches.Return);

        for (var a = 0; a < accountCount; a++)
        {
            var cumulative = 0;
            var first = m;
            for (var w = 0; w < m && first == m; w++)
            {
                cumulative += counts[(a * m) + w];
                if (cumulative >= k)
                {
                    first = w;
                }
            }

            qualify[a] = (byte)first;
        }

        return qualify;
    }

    /// <summary>Contiguous index ranges for Parallel.ForEach.</summary>
    public static IEnumerable<Tuple<int, int>> Ranges(int count)
    {
        for (var start = 0; start < count; start += RangeSize)
        {
            yield return Tuple.Create(start, Math.Min(count, start + RangeSize));
        }
    }

    /// <summary>For each share (time-sorted), the time to the closest share of a different account (long.MaxValue when none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void NearestOtherAccount(ReadOnlySpan<int> account, ReadOnlySpan<long> time, Span<long> nearest)
    {
        var n = account.Length;
        var previous = -1; // latest index before i with another account
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && account[i - 1] != account[i])
            {
                previous = i - 1;
            }

            nearest[i] = previous < 0 ? long.MaxValue : time[i] - time[previous];
        }

        var next = -1; // earliest index after i with another account
        for (var i = n - 1; i >= 0; i--)
        {
            if (i < n - 1 && account[i + 1] != account[i])
            {
                next = i + 1;
            }

            if (next >= 0)
            {
                nearest[i] = Math.Min(nearest[i], time[next] - time[i]);
            }
        }
    }
}
