namespace NetworkGraph.Core.Export;

/// <summary>The type of an exported attribute column; each format maps it to its own type name.</summary>
public enum ExportValueType
{
    /// <summary>A 32-bit integer (CLR <see cref="int"/>).</summary>
    Integer = 0,

    /// <summary>A 64-bit integer (CLR <see cref="long"/> or <see cref="int"/>).</summary>
    Long = 1,

    /// <summary>A double-precision number (CLR <see cref="double"/>, <see cref="int"/> or <see cref="long"/>).</summary>
    Double = 2,

    /// <summary>A single-precision number (CLR <see cref="float"/> or <see cref="int"/>).</summary>
    Float = 3,

    /// <summary>A boolean (CLR <see cref="bool"/>).</summary>
    Boolean = 4,

    /// <summary>Free text (CLR <see cref="string"/>).</summary>
    String = 5,

    /// <summary>A point in time written as ISO 8601 UTC (CLR <see cref="DateTimeOffset"/>, <see cref="DateTime"/> or <see cref="DateOnly"/>).</summary>
    Date = 6,

    /// <summary>A list of strings (any <see cref="IEnumerable{T}"/> of <see cref="string"/> except a string itself).</summary>
    StringList = 7,
}
