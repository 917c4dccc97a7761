using System.Collections;
using NetworkGraph.Storage.Runs;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>One edge's evidence pairs as its stored block holds them, checked when the block was read and decoded each
/// time they are read: a run's widest window at 10 M posts is 127 MB of blocks and about a gigabyte of pairs as objects.
/// Enumerate them: reading by position decodes the pairs before it again (an edge keeps a few, the run's cap).</summary>
/// <param name="block">The block, kept as read (never changed).</param>
/// <param name="at">Where the edge's first pair starts in it.</param>
/// <param name="count">How many pairs follow.</param>
/// <param name="first">The edge's first time (UNIX milliseconds), which the pairs' times are stored against.</param>
/// <param name="objects">The run's object labels by number.</param>
internal sealed class BlockEvidence(byte[] block, int at, int count, long first, IReadOnlyList<string> objects) : IReadOnlyList<StoredEvidencePair>
{
    public int Count => count;

    public StoredEvidencePair this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            var position = at;
            var previousPost = 0L;
            for (var k = 0; k < index; k++)
            {
                CoordinationEdgeBlock.ReadPair(block, ref position, ref previousPost, first, objects);
            }

            return CoordinationEdgeBlock.ReadPair(block, ref position, ref previousPost, first, objects);
        }
    }

    public IEnumerator<StoredEvidencePair> GetEnumerator()
    {
        var position = at;
        var previousPost = 0L;
        for (var k = 0; k < count; k++)
        {
            yield return CoordinationEdgeBlock.ReadPair(block, ref position, ref previousPost, first, objects);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
