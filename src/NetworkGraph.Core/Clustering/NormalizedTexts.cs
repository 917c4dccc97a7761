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
        // Batches normalised in parallel, then interned in row order: only one batch's duplicate strings live at once.
        const int Chunk = 4096, Batch = 16 * Chunk;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        var normalized = new string?[Math.Min(rows.Length, Batch)];
        var ids = new int[table.Count];
        Array.Fill(ids, -1);
        var pool = new StringPool();
        for (var first = 0; first < rows.Length; first += Batch)
        {
            var count = Math.Min(Batch, rows.Length - first);
            Parallel.For(0, (count + Chunk - 1) / Chunk, options, c =>
            {
                for (var k = c * Chunk; k < Math.Min(count, (c + 1) * Chunk); k++)
                {
                    var row = rows[first + k];
                    normalized[k] = table.Kinds[row] == PostKind.Retweet ? null : TextNormalizer.Normalize(table.Texts[row]);
                }
            });

            for (var k = 0; k < count; k++)
            {
                if (normalized[k] is { Length: > 0 } text)
                {
                    ids[rows[first + k]] = pool.Intern(text);
                }
            }
        }

        return new NormalizedTexts(ids, pool.Strings);
    }
}
