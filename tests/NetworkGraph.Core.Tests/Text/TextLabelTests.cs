using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Tests.Text;

public sealed class TextLabelTests
{
    [Fact]
    public void Labels_are_one_line_and_bounded()
    {
        Assert.Equal("a b c", TextLabel.OneLine(" a\n b\t\tc "));
        Assert.Equal(10, TextLabel.OneLine(new string('x', 50), 10).Length);
        Assert.EndsWith("…", TextLabel.OneLine(new string('x', 50), 10), StringComparison.Ordinal);
    }
}
