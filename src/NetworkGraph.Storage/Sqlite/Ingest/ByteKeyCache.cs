namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>A bounded map from UTF-8 text to a value, looked up by span without allocating. When full it is
/// emptied: it only saves look-ups, so forgetting is always safe and memory stays flat.</summary>
internal sealed class ByteKeyCache<TValue>(int capacity)
{
    private readonly Dictionary<byte[], TValue> _map = new(ByteArrayComparer.Instance);

    public bool TryGet(ReadOnlySpan<byte> key, out TValue value) =>
        _map.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(key, out value!);

    public void Set(ReadOnlySpan<byte> key, TValue value)
    {
        if (_map.Count >= capacity)
        {
            _map.Clear();
        }

        _map.GetAlternateLookup<ReadOnlySpan<byte>>()[key] = value;
    }

    public void Clear() => _map.Clear();

    private sealed class ByteArrayComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly ByteArrayComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => Hash(obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            var hash = default(HashCode);
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
