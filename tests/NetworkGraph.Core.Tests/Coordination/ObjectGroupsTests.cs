using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class ObjectGroupsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Groups_the_shares_as_one_thread_does_when_parts_of_them_are_counted_on_several_threads(int threads)
    {
        // 300,000 shares (parts of 65,536 and more), objects mapped onto fewer groups, some dropped, inactive accounts,
        // and times with many ties (the order among them is the column order), some out of order inside a group.
        var random = new Random(11);
        const int shares = 300_000;
        var column = new ShareColumn(
            ShareKind.Text,
            [.. Enumerable.Range(0, shares).Select(_ => random.Next(5_000))],
            [.. Enumerable.Range(0, shares).Select(i => (long)(i / 2_000) * 1_000 - (i % 5_000 == 0 ? 3_000 : 0))],
            [.. Enumerable.Range(0, shares)],
            [.. Enumerable.Range(0, shares).Select(_ => random.Next(120_000))],
            new int[120_000]);
        var objectOf = Enumerable.Range(0, 120_000).Select(o => o % 7 == 0 ? -1 : o / 3).ToArray();
        var active = Enumerable.Range(0, 5_000).Select(a => a % 10 != 0).ToArray();

        var one = ObjectGroups.Build(column, objectOf, 40_000, active, degree: 1);
        var several = ObjectGroups.Build(column, objectOf, 40_000, active, degree: threads);

        Assert.True(one.Count > 10_000);
        Assert.Equal(one.Start, several.Start);
        Assert.Equal(one.ObjectId, several.ObjectId);
        Assert.Equal(one.Account, several.Account);
        Assert.Equal(one.Time, several.Time);
        Assert.Equal(one.Post, several.Post);
    }
}
