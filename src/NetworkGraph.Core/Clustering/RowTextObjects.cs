using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Clustering;

/// <summary>The normalised-text identity of each row of a post table as the share table found it (see
/// <see cref="PostTextObjects"/>): the share table's text object per row (-1: none), equal for rows whose normalised
/// texts have the same 64-bit hash, and each object's normalised length. The objects keep the share table's numbers:
/// <see cref="NormalizedTexts"/> numbers the texts of its rows itself.</summary>
public sealed class RowTextObjects
{
    private readonly int[] _textOfRow;
    private readonly int[] _lengths;

    /// <summary>Takes the rows' objects and the lengths of objects 0 .. <paramref name="textCount"/> - 1 (both arrays
    /// held, not copied; the lengths array may be longer).</summary>
    internal RowTextObjects(int[] textOfRow, int[] lengths, int textCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(textCount, lengths.Length);
        _textOfRow = textOfRow;
        _lengths = lengths;
        TextCount = textCount;
    }

    /// <summary>Number of rows.</summary>
    public int Count => _textOfRow.Length;

    /// <summary>How many text objects there are (objects run from 0 to one less).</summary>
    public int TextCount { get; }

    /// <summary>The text object of a row; -1 when the share table gave it no text.</summary>
    public int TextOf(int row) => _textOfRow[row];

    /// <summary>The normalised length (UTF-16 characters) of a text object's text.</summary>
    public int Length(int text) => _lengths[text];
}
