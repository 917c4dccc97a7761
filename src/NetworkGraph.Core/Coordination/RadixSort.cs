namespace NetworkGraph.Core.Coordination;

/// <summary>Stable LSD radix sort of 64-bit keys (optionally carrying items) on a range of their bits.</summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Radix = 1 << DigitBits;

    /// <summary>Sorts by bits [lowBit, highBit) of the keys; keys equal on those bits keep their order.</summary>
    public static void Sort<TItem>(Span<ulong> keys, Span<TItem> items, Span<ulong> keyScratch, Span<TItem> itemScratch, int lowBit, int highBit)
        where TItem : unmanaged
    {
        var n = keys.Length;
        var withItems = !items.IsEmpty;
        if (n < 2 || highBit <= lowBit)
        {
            return;
        }

        if (n <= 64)
        {
            InsertionSort(keys, items, lowBit, highBit);
            return;
        }

        var counts = new int[Radix];
        var source = keys;
        var target = keyScratch[..n];
        var sourceItems = items;
        var targetItems = withItems ? itemScratch[..n] : default;
        var swapped = false;
        for (var shift = lowBit; shift < highBit; shift += DigitBits)
        {
            var width = Math.Min(DigitBits, highBit - shift);
            var mask = (1UL << width) - 1;
            Array.Clear(counts);
            foreach (var key in source)
            {
                counts[(int)((key >> shift) & mask)]++;
            }

            if (counts[(int)((source[0] >> shift) & mask)] == n)
            {
                continue; // every key has the same digit here
            }

            var sum = 0;
            for (var d = 0; d <= (int)mask; d++)
            {
                var c = counts[d];
                counts[d] = sum;
                sum += c;
            }

            for (var i = 0; i < n; i++)
            {
                var key = source[i];
                var position = counts[(int)((key >> shift) & mask)]++;
                target[position] = key;
                if (withItems)
                {
                    targetItems[position] = sourceItems[i];
                }
            }

            var spare = source;
            source = target;
            target = spare;
            if (withItems)
            {
                var spareItems = sourceItems;
                sourceItems = targetItems;
                targetItems = spareItems;
            }

            swapped = !swapped;
        }

        if (swapped)
        {
            source.CopyTo(keys);
            if (withItems)
            {
                sourceItems.CopyTo(items);
            }
        }
    }

    /// <summary>The same order as <see cref="Sort{TItem}"/>, for large inputs: one scatter pass on the top 11 bits
    /// (partitions small enough for the cache), then an LSD sort with 8-bit digits inside each partition.</summary>
    public static void SortPartitioned<TItem>(
        Span<ulong> keys, Span<TItem> items, Span<ulong> keyScratch, Span<TItem> itemScratch, int lowBit, int highBit)
        where TItem : unmanaged
    {
        var n = keys.Length;
        var bits = highBit - lowBit;
        if (n <= 4096 || bits <= DigitBits)
        {
            Sort(keys, items, keyScratch, itemScratch, lowBit, highBit);
            return;
        }

        var shift = highBit - DigitBits;
        var starts = new int[Radix + 1];
        foreach (var key in keys)
        {
            starts[(int)((key >> shift) & (Radix - 1)) + 1]++;
        }

        for (var d = 0; d < Radix; d++)
        {
            starts[d + 1] += starts[d];
        }

        var next = starts.AsSpan(0, Radix).ToArray();
        var outKeys = keyScratch[..n];
        var outItems = itemScratch[..n];
        for (var i = 0; i < n; i++)
        {
            var position = next[(int)((keys[i] >> shift) & (Radix - 1))]++;
            outKeys[position] = keys[i];
            outItems[position] = items[i];
        }

        var counts = new int[256];
        for (var d = 0; d < Radix; d++)
        {
            var start = starts[d];
            var length = starts[d + 1] - start;
            SortSmall(outKeys.Slice(start, length), outItems.Slice(start, length), keys.Slice(start, length), items.Slice(start, length), lowBit, shift, counts);
        }
    }

    /// <summary>Sorts <paramref name="sourceKeys"/> by bits [lowBit, highBit) into <paramref name="keys"/>.</summary>
    private static void SortSmall<TItem>(
        Span<ulong> sourceKeys, Span<TItem> sourceItems, Span<ulong> keys, Span<TItem> items, int lowBit, int highBit, int[] counts)
        where TItem : unmanaged
    {
        if (sourceKeys.Length <= 32)
        {
            sourceKeys.CopyTo(keys);
            sourceItems.CopyTo(items);
            InsertionSort(keys, items, lowBit, highBit);
            return;
        }

        // LSD with 8-bit digits, ping-ponging between the two segments; the result must end in keys/items.
        var inSource = true;
        for (var shift = lowBit; shift < highBit; shift += 8)
        {
            var from = inSource ? sourceKeys : keys;
            var fromItems = inSource ? sourceItems : items;
            var to = inSource ? keys : sourceKeys;
            var toItems = inSource ? items : sourceItems;
            Array.Clear(counts);
            foreach (var key in from)
            {
                counts[(int)((key >> shift) & 255)]++;
            }

            var sum = 0;
            for (var d = 0; d < 256; d++)
            {
                var c = counts[d];
                counts[d] = sum;
                sum += c;
            }

            for (var i = 0; i < from.Length; i++)
            {
                var position = counts[(int)((from[i] >> shift) & 255)]++;
                to[position] = from[i];
                toItems[position] = fromItems[i];
            }

            inSource = !inSource;
        }

        if (inSource)
        {
            sourceKeys.CopyTo(keys);
            sourceItems.CopyTo(items);
        }
    }

    private static void InsertionSort<TItem>(Span<ulong> keys, Span<TItem> items, int lowBit, int highBit)
        where TItem : unmanaged
    {
        var mask = (highBit - lowBit >= 64 ? ulong.MaxValue : (1UL << (highBit - lowBit)) - 1) << lowBit;
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var item = items.IsEmpty ? default : items[i];
            var j = i - 1;
            while (j >= 0 && (keys[j] & mask) > (key & mask))
            {
                keys[j + 1] = keys[j];
                if (!items.IsEmpty)
                {
                    items[j + 1] = items[j];
                }

                j--;
            }

            keys[j + 1] = key;
            if (!items.IsEmpty)
            {
                items[j + 1] = item;
            }
        }
    }
}
