using NetworkGraph.Scenarios;
using NetworkGraph.Scenarios.Activity;

namespace NetworkGraph.Scenarios.Tests.Activity;

public sealed class VolumePlanTests
{
    [Theory]
    [InlineData(1_000)]
    [InlineData(299_999)]
    [InlineData(9_876_543)]
    public void Spreads_exactly_the_requested_total_over_the_days(long total)
    {
        var calendar = new ScenarioCalendar(new ScenarioOptions());
        var perDay = VolumePlan.OrganicPerDay(total, calendar, 42);
        Assert.Equal(calendar.Days, perDay.Length);
        Assert.Equal(total, perDay.Sum());
        Assert.All(perDay, n => Assert.True(n >= 0));
    }

    [Fact]
    public void Quietens_the_operation_on_weekends_and_holidays()
    {
        var calendar = new ScenarioCalendar(new ScenarioOptions());
        Assert.Equal(1.0, calendar.OperationFactor(new DateOnly(2023, 11, 7)));
        Assert.True(calendar.OperationFactor(new DateOnly(2023, 11, 9)) < 0.05);
        Assert.True(calendar.OperationFactor(new DateOnly(2023, 11, 11)) < 0.5);
    }
}
