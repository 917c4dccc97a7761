using NetworkGraph.Cli.Hosting;

namespace NetworkGraph.Cli.Tests.Support;

/// <summary>A test of the advice itself: runs on Linux with the kernel's THP mode "madvise" (where the advice changes
/// what the kernel does) and the advice not turned off, and is skipped with a message otherwise.</summary>
internal sealed class MadviseModeFactAttribute : FactAttribute
{
    /// <summary>Marks the test skipped where the advice would change nothing.</summary>
    public MadviseModeFactAttribute()
    {
        if (!HeapHugePages.Applies())
        {
            Skip = "the kernel gives transparent huge pages always or never here (or NETWORKGRAPH_HUGE_PAGES is off): the advice changes nothing.";
        }
    }
}
