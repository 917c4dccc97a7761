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

        var roots = new NearDuplicateClusterer(new MinHashOptions(), threshold: 0.6, maxDegreeOfParallelism: 2).Cluster(normalized);
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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Candidates_are_every_bucket_member_compared_with_the_bucket_heads_before_it(int threads)
    {
        // Reference: per band, texts grouped by the band's four slots; each member is compared with the bucket's first
        // sixteen members before it, and the similar ones are offered.
        var corpus = CopyPasteCorpus.Generate(families: 3_000, variantsPerFamily: 6, seed: 8);
        var hasher = new MinHasher(new MinHashOptions());
        var store = new SignatureStore();
        var signatures = corpus.Texts.Select(t => Signature(hasher, TextNormalizer.Normalize(t))).ToList();
        signatures.ForEach(signature => store.Add(signature));
        var minAgreeing = Enumerable.Range(0, 65).First(a => MinHasher.EstimateJaccardFromAgreement(a) >= 0.6);
        var expected = new EarlierCandidates(signatures.Count, 16);
        var offered = 0;
        for (var band = 0; band < 16; band++)
        {
            var buckets = Enumerable.Range(0, signatures.Count)
                .GroupBy(t => Convert.ToHexString(signatures[t], band * 4, 4))
                .Where(bucket => bucket.Count() > 1);
            foreach (var members in buckets.Select(bucket => bucket.Order().ToArray()))
            {
                for (var k = 1; k < members.Length; k++)
                {
                    for (var r = 0; r < Math.Min(k, 16); r++)
                    {
                        if (MinHasher.AgreeingSlots(signatures[members[k]], signatures[members[r]]) >= minAgreeing)
                        {
                            expected.Offer(members[k], members[r]);
                            offered++;
                        }
                    }
                }
            }
        }

        var candidates = new NearDuplicateClusterer(new MinHashOptions(), 0.6, threads).FindCandidates(store, CancellationToken.None);

        Assert.True(offered > 50_000, $"{offered} similar pairs");
        Assert.All(Enumerable.Range(0, signatures.Count), t => Assert.Equal(expected.Of(t).ToArray(), candidates.Of(t).ToArray()));
    }

    [Fact]
    public void Does_not_chain_drifting_variants_into_one_group()
    {
        // A~B~C~D~E, each text the one before with six words dropped and six added: A and C are not similar.
        var words = Words(70, seed: 1);
        string[] texts = [.. Enumerable.Range(0, 5).Select(i => Window(words, 6 * i, 40))];
        var hasher = new MinHasher(new MinHashOptions());
        var signatures = texts.Select(t => Signature(hasher, t)).ToList();
        Assert.All(Enumerable.Range(1, 4), i => Assert.True(MinHasher.EstimateJaccard(signatures[i - 1], signatures[i]) >= 0.6));
        Assert.True(MinHasher.EstimateJaccard(signatures[0], signatures[2]) < 0.6);

        var groups = new NearDuplicateClusterer(new MinHashOptions(), 0.6, maxDegreeOfParallelism: 1).Cluster(texts);

        Assert.NotEqual(groups[0], groups[4]);
        Assert.NotEqual(groups[0], groups[3]);
        Assert.All(Enumerable.Range(0, 5), i => Assert.True(MinHasher.EstimateJaccard(signatures[i], signatures[groups[i]]) >= 0.6, $"text {i}"));
    }

    [Fact]
    public void Keeps_every_member_of_a_drifting_chain_within_the_threshold_of_its_representative_so_groups_stay_small()
    {
        // 400 texts, each the previous one shifted by one word: neighbours are near-duplicates, the ends share nothing.
        var words = Words(440, seed: 2);
        var texts = Enumerable.Range(0, 400).Select(i => Window(words, i, 30)).ToList();
        var options = new MinHashOptions();
        var hasher = new MinHasher(options);

        var groups = new NearDuplicateClusterer(options, 0.6, maxDegreeOfParallelism: 2).Cluster(texts);

        var members = Enumerable.Range(0, texts.Count).GroupBy(i => groups[i]).ToList();
        Assert.True(members.Count > 10, $"{members.Count} groups");
        // Twenty shifts apart, two texts share a third of their words: no group reaches that far.
        Assert.All(members, group => Assert.True(group.Max() - group.Min() < 20, $"group {group.Key} spans {group.Min()}..{group.Max()}"));
        var signatures = texts.Select(t => Signature(hasher, t)).ToList();
        Assert.All(Enumerable.Range(0, texts.Count), i =>
            Assert.True(MinHasher.EstimateJaccard(signatures[i], signatures[groups[i]]) >= 0.6, $"text {i} in group {groups[i]}"));
    }

    [Fact]
    public void Labels_each_group_by_its_representative_whatever_the_thread_count()
    {
        string[] texts =
        [
            "the quick brown fox jumps over the lazy dog near the river bank",
            "completely unrelated words about football scores and the weather",
            "the quick brown fox jumps over the lazy dog near the river",
            "the quick brown fox jumps over the lazy dog near the river bank today",
        ];

        var one = new NearDuplicateClusterer(new MinHashOptions(), 0.6, maxDegreeOfParallelism: 1).Cluster(texts);
        var many = new NearDuplicateClusterer(new MinHashOptions(), 0.6, maxDegreeOfParallelism: 2).Cluster(texts);

        Assert.Equal([0, 1, 0, 0], one);
        Assert.Equal(one, many);
    }

    internal static string[] Words(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => new string([.. Enumerable.Range(0, random.Next(4, 9)).Select(_ => (char)('a' + random.Next(26)))]))];
    }

    internal static string Window(string[] words, int start, int length) => string.Join(' ', words, start, length);

    private static byte[] Signature(MinHasher hasher, string text)
    {
        var signature = new byte[MinHashOptions.SignatureLength];
        hasher.ComputeSignature(text, signature);
        return signature;
    }
}
