using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Tests.Export;

public sealed class ClusterPaletteTests
{
    [Fact]
    public void Gives_the_same_colours_whatever_the_order_of_ids()
    {
        var a = ClusterPalette.Create(["3", "1", "x", "2", "1"]);
        var b = ClusterPalette.Create(["x", "2", "3", "1"]);

        foreach (var id in new[] { "1", "2", "3", "x" })
        {
            Assert.Equal(a.ColorOf(id), b.ColorOf(id));
        }

        Assert.Equal(4, a.Count);
    }

    [Fact]
    public void Orders_numeric_ids_by_value_before_other_ids()
    {
        var palette = ClusterPalette.Create(["10", "9", "b", "a"]);

        Assert.Equal(ClusterPalette.ColorAt(0), palette.ColorOf("9"));
        Assert.Equal(ClusterPalette.ColorAt(1), palette.ColorOf("10"));
        Assert.Equal(ClusterPalette.ColorAt(2), palette.ColorOf("a"));
    }

    [Fact]
    public void Keeps_the_first_thirty_colours_apart()
    {
        var colors = Enumerable.Range(0, 30).Select(ClusterPalette.ColorAt).ToList();

        Assert.Equal(30, colors.Distinct().Count());
        for (var i = 0; i < colors.Count; i++)
        {
            for (var j = i + 1; j < colors.Count; j++)
            {
                Assert.True(Distance(colors[i], colors[j]) >= 45, $"colours {i} and {j} are too close: {colors[i].Hex} {colors[j].Hex}");
            }
        }
    }

    [Fact]
    public void Never_hands_a_cluster_the_unclustered_grey()
    {
        var colors = Enumerable.Range(0, 200).Select(ClusterPalette.ColorAt);

        Assert.All(colors, c => Assert.True(Distance(c, ClusterPalette.Unclustered) >= 80, c.Hex));
    }

    [Fact]
    public void Gives_grey_to_unknown_and_missing_clusters()
    {
        var palette = ClusterPalette.Create(["1"]);

        Assert.Equal(ClusterPalette.Unclustered, palette.ColorOf(null));
        Assert.Equal(ClusterPalette.Unclustered, palette.ColorOf("nope"));
    }

    private static double Distance(ExportColor a, ExportColor b) =>
        Math.Sqrt(Math.Pow(a.R - b.R, 2) + Math.Pow(a.G - b.G, 2) + Math.Pow(a.B - b.B, 2));
}
