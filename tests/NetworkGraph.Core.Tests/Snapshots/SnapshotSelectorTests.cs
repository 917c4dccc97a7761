using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Tests.Snapshots;

public sealed class SnapshotSelectorTests
{
    [Fact]
    public void Reads_latest_in_any_case_a_version_with_or_without_v_and_anything_else_as_an_id()
    {
        Assert.True(SnapshotSelector.Parse(" Latest ").IsLatest);
        Assert.Equal(3, SnapshotSelector.Parse("3").Version);
        Assert.Equal(3, SnapshotSelector.Parse("V3").Version);
        Assert.Equal("v3-abc", SnapshotSelector.Parse("v3-abc").Id);
        Assert.Equal("-3", SnapshotSelector.Parse("-3").Id);
        Assert.Null(SnapshotSelector.Parse("v3-abc").Version);
        Assert.Equal("3", SnapshotSelector.OfId("3").Id);
    }

    [Fact]
    public void Names_the_selector_in_the_error_when_nothing_matches()
    {
        Assert.Contains("no snapshot yet", SnapshotSelector.Parse("LATEST").NotFound("s.db"), StringComparison.Ordinal);
        Assert.Contains("no snapshot version 9 (selector 'v9')", SnapshotSelector.Parse("v9").NotFound("s.db"), StringComparison.Ordinal);
        Assert.Contains("no snapshot 'v9-x'", SnapshotSelector.Parse("v9-x").NotFound("s.db"), StringComparison.Ordinal);
    }
}
