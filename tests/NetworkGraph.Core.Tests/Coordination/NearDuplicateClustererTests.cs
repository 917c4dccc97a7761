using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Tests.Coordination.Support;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class NearDuplicateClustererTests
{
    [Fact]
    public void Finds_copy_paste_variants_with_high_recall_never_joins_unrelated_texts_and_ignores_thread_count()
    {
        // 6,000 families: a base post and four edited copies each (30,000 texts); bases are unrelated texts.
        var corpus = CopyPasteCorpus.Generate(families: 6_000, variantsPerFamily: 4, seed: 5);
        var normalized = corpus.Texts.Select(TextNormalizer.Normalize).ToList();

        var roots = new NearDuplicateClusterer(new MinHashOptions(), threshold: 0.6, maxDegreeOfParallelism: 4).Cluster(normalized);
        var sequential = new NearDuplicateClusterer(new MinHashOptions(), threshold: 0.6, maxDegreeOfParallelism: 1).Cluster(normalized);
        Assert.Equal(sequential, roots);

        var baseOf = Enumerable.Range(0, corpus.Texts.Count).Where(i => corpus.IsBase[i]).ToDictionary(i => corpus.Family[i]);
        var variants = Enumerable.Range(0, corpus.Texts.Count).Where(i => !corpus.IsBase[i]).ToList();
        var recall = variants.Count(i => roots[i] == roots[baseOf[corpus.Family[i]]]) / (double)variants.Count;
        Assert.True(recall >= 0.95, $"recall {recall:F4}");
        var mixedClusters = Enumerable.Range(0, roots.Length).GroupBy(i => roots[i])
            .Count(cluster => cluster.Select(i => corpus.Family[i]).Distinct().Count() > 1);
        Assert.Equal(0, mixedClusters);
    }

    [Fact]
    public void Labels_each_cluster_by_its_first_text_whatever_the_thread_count()
    {
        string[] texts =
        [
            "the quick brown fox jumps over the lazy dog near the river bank",
            "completely unrelated words about football scores and the weather",
            "the quick brown fox jumps over the lazy dog near the river",
            "the quick brown fox jumps over the lazy dog near the river bank today",
        ];

        var one = new NearDuplicateClusterer(new MinHashOptions(), 0.6, maxDegreeOfParallelism: 1).Cluster(texts);
        var many = new NearDuplicateClusterer(new MinHashOptions(), 0.6, maxDegreeOfParallelism: 4).Cluster(texts);

        Assert.Equal([0, 1, 0, 0], one);
        Assert.Equal(one, many);
    }
}
