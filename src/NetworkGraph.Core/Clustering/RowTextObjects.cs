using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Clustering;

/// <summary>The normalised-text identity of each row of a post table as the share table found it (see
/// <see cref="PostTextObjects"/>): a text number per row (-1: none), equal for rows whose normalised texts have the same
/// 64-bit hash, and each number's normalised length.</summary>
public sealed class RowTextObjects
{
    private readonly int[] _textOfRow;
    private readonly int[] _lengths;

    private RowTextObjects(int[] textOfRow, int[] lengths)
    {
        _textOfRow = textOfRow;
        _lengths = lengths;
    }

    /// <summary>Number of rows.</summary>
    public int Count => _textOfRow.Length;

    /// <summary>How many text numbers there are (numbers run from 0 to one less).</summary>
    public int TextCount => _lengths.Length;

    /// <summary>The text number of a row; -1 when the share table gave it no text.</summary>
    public int TextOf(int row) => _textOfRow[row];

    /// <summary>The normalised length (UTF-16 characters) of a text number's text.</summary>
    public int Length(int text) => _lengths[text];

    /// <summary>The rows' text objects (numbered by the share table, -1: none; the array is reused) renumbered 0, 1, ...
    /// by first row, with the lengths of those objects only.</summary>
    internal static RowTextObjects Compacted(int[] objectOfRow, ReadOnlySpan<int> lengthOfObject)
    {
        var numberOf = new int[lengthOfObject.Length];
        Array.Fill(numberOf, -1);
        var lengths = new List<int>();
        for (var row = 0; row < objectOfRow.Length; row++)
        {
            if (objectOfRow[row] is var o && o >= 0)
            {
                ref var number = ref numberOf[o];
                if (number < 0)
                {
                    number = lengths.Count;
                    lengths.Add(lengthOfObject[o]);
                }

                objectOfRow[row] = number;
            }
        }

        return new RowTextObjects(objectOfRow, [.. lengths]);
    }
}
