namespace NetworkGraph.Core.Coordination;

/// <summary>Keeps the items with the smallest priorities seen, at most a fixed number (a max-heap on priority).</summary>
internal sealed class BoundedHeap
{
    private readonly ulong[] _priority;
    private readonly int[] _item;

    public BoundedHeap(int capacity)
    {
        _priority = new ulong[capacity];
        _item = new int[capacity];
    }

    public int Count { get; private set; }

    public ulong Priority(int index) => _priority[index];

    public int Item(int index) => _item[index];

    public void Clear() => Count = 0;

    public void Offer(ulong priority, int item)
    {
        if (Count < _priority.Length)
        {
            var i = Count++;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (_priority[parent] >= priority)
                {
                    break;
                }

                _priority[i] = _priority[parent];
                _item[i] = _item[parent];
                i = parent;
            }

            _priority[i] = priority;
            _item[i] = item;
            return;
        }

        if (Count == 0 || priority >= _priority[0])
        {
            return;
        }

        var hole = 0;
        while (true)
        {
            var child = (2 * hole) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && _priority[child + 1] > _priority[child])
            {
                child++;
            }

            if (_priority[child] <= priority)
            {
                break;
            }

            _priority[hole] = _priority[child];
            _item[hole] = _item[child];
            hole = child;
        }

        _priority[hole] = priority;
        _item[hole] = item;
    }
}
