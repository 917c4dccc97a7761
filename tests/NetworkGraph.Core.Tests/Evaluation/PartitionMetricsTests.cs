using NetworkGraph.Core.Evaluation;

namespace NetworkGraph.Core.Tests.Evaluation;

public sealed class PartitionMetricsTests
{
    [Theory]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 0, 1, 1 }, 1.0)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 1, 1, 0, 0 }, 1.0)]
    [InlineData(new[] { 0, 0, 1, 2 }, new[] { 0, 0, 1, 1 }, 4.0 / 7)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 0, 1, 2 }, 4.0 / 7)]
    [InlineData(new[] { 0, 0, 0, 0 }, new[] { 0, 1, 2, 3 }, 0.0)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 1, 0, 1 }, -0.5)]
    public void Ari_matches_the_textbook_values(int[] a, int[] b, double expected)
    {
        Assert.Equal(expected, PartitionMetrics.Ari(a, b), 10);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 1, 1, 0, 0 }, 1.0)]
    [InlineData(new[] { 0, 0, 0, 0 }, new[] { 0, 1, 2, 3 }, 0.0)]
    [InlineData(new[] { 0, 0, 1, 2 }, new[] { 0, 0, 1, 1 }, 0.8)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 1, 0, 1 }, 0.0)]
    public void Nmi_matches_the_textbook_values(int[] a, int[] b, double expected)
    {
        Assert.Equal(expected, PartitionMetrics.Nmi(a, b), 10);
    }

    [Fact]
    public void Nmi_of_the_information_retrieval_textbook_example_is_0_36()
    {
        // Manning, Raghavan and Schuetze, Introduction to Information Retrieval, section 16.3:
        // cluster 1 = 5 x + 1 o; cluster 2 = 1 x + 4 o + 1 d; cluster 3 = 2 x + 3 d.
        var clusters = Enumerable.Repeat(1, 6).Concat(Enumerable.Repeat(2, 6)).Concat(Enumerable.Repeat(3, 5)).ToArray();
        var classes = "xxxxxo" + "xooood" + "xxddd";

        Assert.Equal(0.36, PartitionMetrics.Nmi(clusters, classes.ToCharArray()), 2);
    }

    [Fact]
    public void Labelings_of_different_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => PartitionMetrics.Ari(new[] { 1, 2 }, new[] { 1 }));
    }
}
