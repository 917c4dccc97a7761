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
