namespace NetworkGraph.TestSupport;

/// <summary>How long a test waits for an event before it reports a hang: a guard against a test that never ends,
/// never a measure of speed (a slow machine reaches every event long before it).</summary>
public static class Patience
{
    /// <summary>The longest a test waits for one event.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
}
