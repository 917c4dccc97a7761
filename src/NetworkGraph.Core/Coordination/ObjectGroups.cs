using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NetworkGraph.Core.Coordination;

/// <summary>The shares of one kind grouped by object and sorted by time inside each object (objects with at least
/// two shares of active accounts only).</summary>
[DebuggerDisplay("Groups = {Count}, Shares = {Account.Length}")]
internal sealed class ObjectGroups
{
    private const int MinSharesPerPart = 1 << 16;
    private const int MaxParts = 8;
    private ObjectGroups(int[] start, int[] objectId, int[] account, long[] time, int[] post)
    {
        Start = start;
        ObjectId = objectId;
        Account = account;
        Time = time;
        Post = post;
    }

    /// <summary>Group g spans [Start[g], Start[g + 1]).</summary>
    public int[] Start { get; }

    /// <summary>The kind's object id of each group.</summary>
    public int[] ObjectId { get; }

    public int[] Account { get; }

    public long[] Time { get; }

    public int[] Post { get; }

    public int Count => ObjectId.Length;

    /// <summary>Groups the column's shares of active accounts; <paramref name="objectOf"/> maps a share's object
    /// to the grouping object (-1 drops the share), or is null to keep the column's objects.</summary>
    /// <remarks>A counting sort in contiguous parts of the shares, on up to <paramref name="degree"/> threads: each part
    /// counts its shares per object, and fills each group from where the parts before it end, so a group holds its
    /// shares in column order whatever the number of parts.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ObjectGroups Build(ShareColumn column, int[]? objectOf, int objectCount, bool[] active, int degree = 1)
    {
        var n = column.Count;
        var parts = Math.Clamp(Math.Min(degree, n / MinSharesPerPart), 1, MaxParts);
        var partStart = Enumerable.Range(0, parts + 1).Select(p => (int)((long)n * p / parts)).ToArray();
        var shareObject = GC.AllocateUninitializedArray<int>(n);
        var next = new int[parts][]; // per part and object: its count, then its next slot (-1: the object is dropped)
        InParts(parts, p =>
        {
            var counts = next[p] = new int[objectCount];
            for (var i = partStart[p]; i < partStart[p + 1]; i++)
            {
                var o = objectOf is null ? column.Object[i] : objectOf[column.Object[i]];
                if (o >= 0 && !active[column.Account[i]])
                {
                    o = -1;
                }

                shareObject[i] = o;
                if (o >= 0)
                {
                    counts[o]++;
                }
            }
        });

        // Objects with fewer than two shares cannot pair: drop them and give the rest consecutive group numbers.
        var groupIds = new GrowArray<int>(1024);
        var starts = new GrowArray<int>(1024);
        var total = 0;
        for (var o = 0; o < objectCount; o++)
        {
            var size = 0;
            for (var p = 0; p < parts; p++)
            {
                size += next[p][o];
            }

            if (size < 2)
            {
                for (var p = 0; p < parts; p++)
                {
                    next[p][o] = -1;
                }

                continue;
            }

            groupIds.Add(o);
            starts.Add(total);
            for (var p = 0; p < parts; p++)
            {
                (next[p][o], total) = (total, total + next[p][o]);
            }
        }

        starts.Add(total);
        var account = new int[total];
        var time = new long[total];
        var post = new int[total];
        InParts(parts, p =>
        {
            var slots = next[p];
            for (var i = partStart[p]; i < partStart[p + 1]; i++)
            {
                var o = shareObject[i];
                if (o < 0 || slots[o] < 0)
                {
                    continue;
                }

                var slot = slots[o]++;
                account[slot] = column.Account[i];
                time[slot] = column.Time[i];
                post[slot] = column.Post[i];
            }
        });

        var groups = new ObjectGroups(starts.ToTrimmedArray(), groupIds.ToTrimmedArray(), account, time, post);
        groups.SortByTime();
        return groups;
    }

    private static void InParts(int parts, Action<int> part)
    {
        if (parts == 1)
        {
            part(0);
            return;
        }

        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part);
    }

    private void SortByTime()
    {
        int[]? order = null;
        int[]? spareInts = null;
        for (var g = 0; g < Count; g++)
        {
            var start = Start[g];
            var length = Start[g + 1] - start;
            var times = Time.AsSpan(start, length);
            if (IsSorted(times))
            {
                continue;
            }

            if (order is null || order.Length < length)
            {
                order = new int[Math.Max(length, 1024)];
                spareInts = new int[order.Length];
            }

            var permutation = order.AsSpan(0, length);
            for (var i = 0; i < length; i++)
            {
                permutation[i] = i;
            }

            times.Sort(permutation);
            Permute(Account.AsSpan(start, length), permutation, spareInts!);
            Permute(Post.AsSpan(start, length), permutation, spareInts!);
        }
    }

    private static bool IsSorted(ReadOnlySpan<long> times)
    {
        for (var i = 1; i < times.Length; i++)
        {
            if (times[i] < times[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static void Permute(Span<int> values, ReadOnlySpan<int> permutation, int[] spare)
    {
        var copy = spare.AsSpan(0, values.Length);
        values.CopyTo(copy);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = copy[permutation[i]];
        }
    }
}
