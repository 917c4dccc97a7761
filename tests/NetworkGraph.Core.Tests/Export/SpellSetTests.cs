using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Tests.Export;

public sealed class SpellSetTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merges_overlapping_spells_into_one()
    {
        var result = SpellSet.Normalize([new(T0.AddHours(1), T0.AddHours(5)), new(T0.AddHours(3), T0.AddHours(9))], GexfTimeFormat.DateTime, "n");

        Assert.Equal([new ExportSpell(T0.AddHours(1), T0.AddHours(9))], result);
    }

    [Fact]
    public void Merges_spells_that_share_an_end_point_because_ends_are_inclusive()
    {
        var result = SpellSet.Normalize([new(T0, T0.AddHours(2)), new(T0.AddHours(2), T0.AddHours(4))], GexfTimeFormat.DateTime, "n");

        Assert.Equal([new ExportSpell(T0, T0.AddHours(4))], result);
    }

    [Fact]
    public void Keeps_disjoint_spells_apart_and_sorts_them()
    {
        var late = new ExportSpell(T0.AddDays(5), T0.AddDays(6));
        var early = new ExportSpell(T0, T0.AddDays(1));

        var result = SpellSet.Normalize([late, early], GexfTimeFormat.Date, "n");

        Assert.Equal([early, late], result);
    }

    [Fact]
    public void Swallows_a_spell_contained_in_another()
    {
        var result = SpellSet.Normalize([new(T0, T0.AddDays(10)), new(T0.AddDays(2), T0.AddDays(3))], GexfTimeFormat.Date, "n");

        Assert.Equal([new ExportSpell(T0, T0.AddDays(10))], result);
    }

    [Fact]
    public void Widens_to_whole_days_so_consecutive_active_days_join()
    {
        var result = SpellSet.Normalize(
            [new(T0.AddHours(10), T0.AddHours(11)), new(T0.AddDays(1).AddHours(8), T0.AddDays(1).AddHours(9))], GexfTimeFormat.Date, "n");

        Assert.Equal([new ExportSpell(T0, T0.AddDays(2))], result);
    }

    [Fact]
    public void Keeps_an_instant_on_a_day_boundary_as_an_instant()
    {
        var result = SpellSet.Normalize([new(T0, T0)], GexfTimeFormat.Date, "n");

        Assert.Equal([new ExportSpell(T0, T0)], result);
    }

    [Fact]
    public void Converts_offsets_to_utc()
    {
        var paris = new DateTimeOffset(2024, 5, 10, 1, 30, 0, TimeSpan.FromHours(2));

        var result = SpellSet.Normalize([new(paris, paris)], GexfTimeFormat.Date, "n");

        Assert.Equal("2024-05-09", SpellSet.Format(result[0].Start, GexfTimeFormat.Date));
        Assert.Equal("2024-05-10", SpellSet.Format(result[0].End, GexfTimeFormat.Date));
    }

    [Fact]
    public void Rejects_a_reversed_spell_naming_its_owner()
    {
        var ex = Assert.Throws<ArgumentException>(() => SpellSet.Normalize([new(T0.AddDays(1), T0)], GexfTimeFormat.Date, "Node 'x'"));

        Assert.StartsWith("Node 'x': spell ends", ex.Message, StringComparison.Ordinal);
    }
}
