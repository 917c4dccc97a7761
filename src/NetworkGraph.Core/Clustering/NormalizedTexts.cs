using System.Buffers;
using System.Text;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Clustering;

/// <summary>The normalised text of chosen rows of a post table, each distinct text once (ids in row order, so the same
/// for any thread count); retweets and texts normalising to nothing have none.</summary>
internal sealed class NormalizedTexts
{
    private readonly int[] _ids;
    private readonly IReadOnlyList<string> _texts;

    private NormalizedTexts(int[] ids, IReadOnlyList<string> texts)
    {
        _ids = ids;
        _texts = texts;
    }

    /// <summary>The text id of a row; -1 when it has none.</summary>
    public int IdOf(int row) => _ids[row];

    /// <summary>The normalised text of an id.</summary>
    public string Text(int id) => _texts[id];

    /// <summary>Normalises the texts of <paramref name="rows"/> (in that order) on up to <paramref name="threads"/> threads.</summary>
    public static NormalizedTexts Of(ClusterPosts table, int[] rows, int threads, CancellationToken cancellationToken)
    {
        // Batches normalised in parallel from the UTF-8 texts into one character buffer per chunk, then interned in row
        // order: a string is made only for each distinct normalised text, none per post.
        const int Chunk = 4096, Batch = 16 * Chunk;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        var chunks = (Math.Min(rows.Length, Batch) + Chunk - 1) / Chunk;
        var buffers = new char[chunks][];
        var ends = new int[Math.Min(rows.Length, Batch) + 1];
        var ids = new int[table.Count];
        Array.Fill(ids, -1);
        var pool = new StringPool();
        for (var first = 0; first < rows.Length; first += Batch)
        {
            var count = Math.Min(Batch, rows.Length - first);
            Parallel.For(0, (count + Chunk - 1) / Chunk, options, c => NormalizeChunk(table, rows.AsSpan(first), c * Chunk, Math.Min(count, (c + 1) * Chunk), buffers, c, ends));
            for (var k = 0; k < count; k++)
            {
                // Each chunk's texts start at 0 of its buffer; ends[k + 1] is where row k's normalised text ends.
                var start = k % Chunk == 0 ? 0 : ends[k];
                if (ends[k + 1] > start)
                {
                    ids[rows[first + k]] = pool.Intern(buffers[k / Chunk].AsSpan(start, ends[k + 1] - start));
                }
            }
        }

        return new NormalizedTexts(ids, pool.Strings);
    }

    /// <summary>Normalises rows [from, to) of a batch into <c>buffers[chunk]</c>, one after the other; a retweet's text
    /// normalises to nothing.</summary>
    private static void NormalizeChunk(ClusterPosts table, ReadOnlySpan<int> rows, int from, int to, char[][] buffers, int chunk, int[] ends)
    {
        var texts = table.Texts;
        var chars = 0;
        for (var k = from; k < to; k++)
        {
            chars += table.Kinds[rows[k]] == PostKind.Retweet ? 0 : Encoding.UTF8.GetMaxCharCount(texts.Utf8(rows[k]).Length);
        }

        var buffer = buffers[chunk] is { } kept && kept.Length >= chars ? kept : buffers[chunk] = new char[Math.Max(chars, 1024)];
        var raw = ArrayPool<char>.Shared.Rent(1024);
        var written = 0;
        for (var k = from; k < to; k++)
        {
            var row = rows[k];
            if (table.Kinds[row] != PostKind.Retweet)
            {
                var utf8 = texts.Utf8(row);
                if (raw.Length < utf8.Length)
                {
                    ArrayPool<char>.Shared.Return(raw);
                    raw = ArrayPool<char>.Shared.Rent(utf8.Length);
                }

                var n = Encoding.UTF8.GetChars(utf8, raw);
                written += TextNormalizer.Normalize(raw.AsSpan(0, n), buffer.AsSpan(written));
            }

            ends[k + 1] = written;
        }

        ArrayPool<char>.Shared.Return(raw);
    }
}
