using System.Collections;

namespace NetworkGraph.Core.Collections;

/// <summary>A read-only list that makes each item from its position when it is read, for lists of millions of items that
/// are a view of columns or of another list: nothing is held per item. Each read makes a new item.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class IndexedList<T> : IReadOnlyList<T>
{
    private readonly Func<int, T> _item;

    /// <summary>A list of <paramref name="count"/> items, the one at position i being <paramref name="item"/>(i).</summary>
    public IndexedList(int count, Func<int, T> item)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(item);
        Count = count;
        _item = item;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public T this[int index] => (uint)index < (uint)Count ? _item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The items of <paramref name="source"/> at <paramref name="positions"/>, in that order; both are kept, not
    /// copied, and must not change.</summary>
    public static IReadOnlyList<T> At(IReadOnlyList<T> source, int[] positions)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(positions);
        return new IndexedList<T>(positions.Length, i => source[positions[i]]);
    }

    /// <summary>The items of <paramref name="source"/> that pass <paramref name="test"/>, as a view of it (the list itself
    /// when all pass): a filter of a list made when read must not hold its items. The source must not change afterwards.</summary>
    public static IReadOnlyList<T> Where(IReadOnlyList<T> source, Func<T, bool> test)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(test);
        var positions = new List<int>();
        for (var i = 0; i < source.Count; i++)
        {
            if (test(source[i]))
            {
                positions.Add(i);
            }
        }

        return positions.Count == source.Count ? source : At(source, [.. positions]);
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _item(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
