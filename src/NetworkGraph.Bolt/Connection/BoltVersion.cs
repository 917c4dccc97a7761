namespace NetworkGraph.Bolt.Connection;

/// A negotiated Bolt protocol version.
internal readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static readonly BoltVersion V4_4 = new(4, 4);
    public static readonly BoltVersion V5_0 = new(5, 0);
    public static readonly BoltVersion V5_1 = new(5, 1);
    public static readonly BoltVersion V5_3 = new(5, 3);
    public static readonly BoltVersion V5_8 = new(5, 8);

    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator >=(BoltVersion a, BoltVersion b) => a.CompareTo(b) >= 0;

    public static bool operator <=(BoltVersion a, BoltVersion b) => a.CompareTo(b) <= 0;

    public static bool operator >(BoltVersion a, BoltVersion b) => a.CompareTo(b) > 0;

    public static bool operator <(BoltVersion a, BoltVersion b) => a.CompareTo(b) < 0;

    public override string ToString() => $"{Major}.{Minor}";
}
