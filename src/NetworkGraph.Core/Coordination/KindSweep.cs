using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace NetworkGraph.Core.Coordination;

/// <summary>Everything the two pair sweeps of one kind need: grouped shares, the windows, which accounts qualify
/// (min participation) from which window on, the per-object neighbour limit (pair cap) and object weights.</summary>
internal sealed class KindSweep
{
    private KindSweep(ShareKind kind, ObjectGroups groups, long[] windows)
    {
        Kind = kind;
        Groups = groups;
        WindowMs = windows;
        Limit = new int[groups.Count];
        PairEstimate = new long[groups.Count];
    }

    public ShareKind Kind { get; }

    /// <summary>Posts in the table (dense post indices are below this).</summary>
    public int PostCount { get; private init; }

    public ObjectGroups Groups { get; }

    /// <summary>Windows in milliseconds, ascending.</summary>
    public long[] WindowMs { get; }

    public int WindowCount => WindowMs.Length;

    public long MaxWindow => WindowMs[^1];

    /// <summary>Per account: the first window index at which it meets min participation; WindowCount when never.</summary>
    public byte[] Qualify { get; private set; } = [];

    /// <summary>Per group: a share pairs only with successors at most this many positions later.</summary>
    public int[] Limit { get; }

    /// <summary>Per group: the most pairs the sweep visits (for balancing work).</summary>
    public long[] PairEstimate { get; }

    /// <summary>Per group: the weight of one co-share (popularity down-weighting), or null for 1.</summary>
    public double[]? ObjectWeight { get; private set; }

    /// <summary>Per (grouped) share: its group, when down-weighting or evidence needs it.</summary>
    public int[]? ShareGroup { get; private set; }

    public List<(int Group, int Shares, long Pairs, int Limit)> Capped { get; } = [];

    public int BandOf(long dt)
    {
        var band = 0;
        while (band < WindowMs.Length && dt > WindowMs[band])
        {
            band++;
        }

        return band;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static KindSweep Prepare(
        ShareKind kind, ShareColumn column, int[]? objectOf, int objectCount, int accountCount, int postCount,
        long[] windows, CoordinationOptions options, ParallelOptions parallel)
    {
        var k = options.MinParticipation;
        var sharesOf = new int[accountCount];
        for (var i = 0; i < column.Count; i++)
        {
            if (objectOf is null || objectOf[column.Object[i]] >= 0)
            {
                sharesOf[column.Account[i]]++;
            }
        }

        var active = new bool[accountCount];
        var activeCount = 0;
        for (var a = 0; a < accountCount; a++)
        {
            active[a] = sharesOf[a] > 0 && sharesOf[a] >= k;
            activeCount += active[a] ? 1 : 0;
        }

        var sweep = new KindSweep(kind, ObjectGroups.Build(column, objectOf, objectCount, active, parallel.MaxDegreeOfParallelism), windows) { PostCount = postCount };
        sweep.Qualify = Participation.QualifyingWindow(sweep, k, accountCount, parallel);
        sweep.MeasureGroups(options, activeCount, accountCount, parallel);
        return sweep;
    }

    private void MeasureGroups(CoordinationOptions options, int activeAccounts, int accountCount, ParallelOptions parallel)
    {
        var weights = options.PopularityDownWeighting ? new double[Groups.Count] : null;
        var capped = new ConcurrentBag<(int, int, long, int)>();
        var stamps = new ScratchPool<int[]>(() => weights is null ? [] : new int[accountCount]); // stamps are g + 1: reusable
        Parallel.ForEach(
            Participation.Ranges(Groups.Count),
            parallel,
            stamps.Take,
            (range, _, stamp) =>
            {
                for (var g = range.Item1; g < range.Item2; g++)
                {
                    var (pairs, shares) = CountPairs(g);
                    var limit = int.MaxValue;
                    var estimate = pairs;
                    if (pairs > options.MaxPairsPerObject)
                    {
                        limit = (int)Math.Max(1, Math.Min(int.MaxValue, options.MaxPairsPerObject / shares));
                        estimate = Math.Min(pairs, (long)limit * shares);
                        capped.Add((g, shares, pairs, limit));
                    }

                    Limit[g] = limit;
                    PairEstimate[g] = estimate;
                    if (weights is not null)
                    {
                        weights[g] = Popularity(DistinctAccounts(g, stamp), activeAccounts);
                    }
                }

                return stamp;
            },
            stamps.Return);
        ObjectWeight = weights;
        if (weights is not null || options.EvidenceCap > 0)
        {
            var shareGroup = GC.AllocateUninitializedArray<int>(Groups.Account.Length); // the groups' spans cover it
            for (var g = 0; g < Groups.Count; g++)
            {
                shareGroup.AsSpan(Groups.Start[g], Groups.Start[g + 1] - Groups.Start[g]).Fill(g);
            }

            ShareGroup = shareGroup;
        }

        Capped.AddRange(capped.OrderBy(c => c.Item1));
    }

    private (long Pairs, int Shares) CountPairs(int g)
    {
        var start = Groups.Start[g];
        var end = Groups.Start[g + 1];
        var time = Groups.Time;
        long pairs = 0;
        var j = start;
        for (var i = start; i < end; i++)
        {
            if (j <= i)
            {
                j = i + 1;
            }

            while (j < end && time[j] - time[i] <= MaxWindow)
            {
                j++;
            }

            pairs += j - i - 1;
        }

        return (pairs, end - start);
    }

    private int DistinctAccounts(int g, int[] stamp)
    {
        var distinct = 0;
        for (var i = Groups.Start[g]; i < Groups.Start[g + 1]; i++)
        {
            var a = Groups.Account[i];
            if (stamp[a] != g + 1)
            {
                stamp[a] = g + 1;
                distinct++;
            }
        }

        return distinct;
    }

    private static double Popularity(int sharers, int accounts)
    {
        if (accounts <= 2 || sharers <= 2)
        {
            return 1;
        }

        return Math.Clamp(Math.Log(accounts / (double)sharers) / Math.Log(accounts / 2.0), 0, 1);
    }
}
