namespace NetworkGraph.Core.Clustering;

/// <summary>The first few items of an order without sorting the rest: a top ten of a million texts compares most
/// texts once, with the tenth.</summary>
internal static class TopSelection
{
    /// <summary>The first <paramref name="n"/> items in the order <paramref name="compare"/> gives, first first: what a
    /// sort and Take(n) give when <paramref name="compare"/> orders any two distinct items.</summary>
    public static T[] First<T>(IEnumerable<T> items, int n, Comparison<T> compare)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is ICollection<T> all && all.Count <= n)
        {
            var sorted = items.ToArray();
            Array.Sort(sorted, compare);
            return sorted;
        }

        var best = new List<T>(Math.Min(n, 64));
        var comparer = Comparer<T>.Create(compare);
        foreach (var item in items)
        {
            if (best.Count == n)
            {
                if (n == 0 || compare(item, best[^1]) >= 0)
                {
                    continue;
                }

                best.RemoveAt(n - 1);
            }

            var at = best.BinarySearch(item, comparer);
            best.Insert(at < 0 ? ~at : at, item);
        }

        return [.. best];
    }
}
