using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class SimilarPairsTests
{
    [Fact]
    public void Lists_the_texts_with_the_most_similar_texts_first_and_the_earliest_first_among_equals()
    {
        // Thousands of texts with a few similar texts each: many share a degree, so the order among equals shows.
        var random = new Random(7);
        var candidates = new EarlierCandidates(20_000, width: 4);
        for (var offer = 0; offer < 30_000; offer++)
        {
            var text = random.Next(1, 20_000);
            candidates.Offer(text, random.Next(Math.Max(0, text - 50), text));
        }

        var degree = new int[candidates.Count];
        for (var text = 0; text < candidates.Count; text++)
        {
            foreach (var earlier in candidates.Of(text))
            {
                degree[text]++;
                degree[earlier]++;
            }
        }

        var expected = Enumerable.Range(0, degree.Length).Where(t => degree[t] > 0)
            .OrderByDescending(t => degree[t]).ThenBy(t => t).ToArray();

        Assert.Equal(expected, new SimilarPairs(candidates).ByDescendingDegree());
        Assert.True(degree.Max() > 4 && expected.Length < degree.Length);
    }
}
