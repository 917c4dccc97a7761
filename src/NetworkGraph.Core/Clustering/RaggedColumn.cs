namespace NetworkGraph.Core.Clustering;

/// <summary>A list of ints per row stored flat: row r holds <c>Values[Starts[r]..Starts[r + 1]]</c>.</summary>
public sealed class RaggedColumn
{
    /// <summary>Creates a column; <paramref name="starts"/> has one entry per row plus one, non-decreasing, ending at the values' length.</summary>
    public RaggedColumn(int[] starts, int[] values)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(values);
        if (starts.Length == 0 || starts[0] != 0 || starts[^1] != values.Length)
        {
            throw new ArgumentException("Starts must run from 0 to the number of values.", nameof(starts));
        }

        Starts = starts;
        Values = values;
    }

    /// <summary>Number of rows.</summary>
    public int Rows => Starts.Length - 1;

    /// <summary>Where each row's values start (one more entry than rows).</summary>
    public int[] Starts { get; }

    /// <summary>All rows' values, row after row.</summary>
    public int[] Values { get; }

    /// <summary>The values of one row.</summary>
    public ReadOnlySpan<int> Of(int row) => Values.AsSpan(Starts[row], Starts[row + 1] - Starts[row]);

    /// <summary>Builds a column row by row.</summary>
    /// <param name="rows">The expected number of rows (a capacity hint).</param>
    public sealed class Builder(int rows)
    {
        private readonly List<int> _starts = new(rows + 1) { 0 };
        private readonly List<int> _values = [];

        /// <summary>Appends a row.</summary>
        public void AddRow(IEnumerable<int> values)
        {
            _values.AddRange(values);
            _starts.Add(_values.Count);
        }

        /// <summary>The column of the rows added.</summary>
        public RaggedColumn Build() => new([.. _starts], [.. _values]);
    }
}
