using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NetworkGraph.Core.Coordination;

/// <summary>The shares of one kind grouped by object and sorted by time inside each object (objects with at least
/// two shares of active accounts only).</summary>
[DebuggerDisplay("Groups = {Count}, Shares = {Account.Length}")]
internal sealed class ObjectGroups
{
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ObjectGroups Build(ShareColumn column, int[]? objectOf, int objectCount, bool[] active)
    {
        var shareObject = new int[column.Count];
        var perObject = new int[objectCount];
        for (var i = 0; i < column.Count; i++)
        {
            var o = objectOf is null ? column.Object[i] : objectOf[column.Object[i]];
            if (o >= 0 && !active[column.Account[i]])
            {
                o = -1;
            }

            shareObject[i] = o;
            if (o >= 0)
            {
                perObject[o]++;
            }
        }

        // Objects with fewer than two shares cannot pair: drop them and give the rest consecutive group numbers.
        var groupIds = new GrowArray<int>(1024);
        var starts = new GrowArray<int>(1024);
        var total = 0;
        for (var o = 0; o < objectCount; o++)
        {
            if (perObject[o] < 2)
            {
                perObject[o] = -1;
                continue;
            }

            groupIds.Add(o);
            starts.Add(total);
            var size = perObject[o];
            perObject[o] = total; // from now on: the next free slot of the object
            total += size;
        }

        starts.Add(total);
        var account = new int[total];
        var time = new long[total];
        var post = new int[total];
        for (var i = 0; i < column.Count; i++)
        {
            var o = shareObject[i];
            if (o < 0 || perObject[o] < 0)
            {
                continue;
            }

            var slot = perObject[o]++;
            account[slot] = column.Account[i];
            time[slot] = column.Time[i];
            post[slot] = column.Post[i];
        }

        var groups = new ObjectGroups(starts.ToTrimmedArray(), groupIds.ToTrimmedArray(), account, time, post);
        groups.SortByTime();
        return groups;
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
