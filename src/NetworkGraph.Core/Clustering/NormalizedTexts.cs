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
        var normalized = new string?[rows.Length];
        const int Chunk = 4096;
        Parallel.For(
            0,
            (rows.Length + Chunk - 1) / Chunk,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken },
            c =>
            {
                for (var k = c * Chunk; k < Math.Min(rows.Length, (c + 1) * Chunk); k++)
                {
                    var row = rows[k];
                    normalized[k] = table.Kinds[row] == PostKind.Retweet ? null : TextNormalizer.Normalize(table.Texts[row]);
                }
            });

        var ids = new int[table.Count];
        Array.Fill(ids, -1);
        var pool = new StringPool();
        for (var k = 0; k < rows.Length; k++)
        {
            if (normalized[k] is { Length: > 0 } text)
            {
                ids[rows[k]] = pool.Intern(text);
            }
        }

        return new NormalizedTexts(ids, pool.Strings);
    }
}
