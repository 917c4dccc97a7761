namespace NetworkGraph.Cli.Tests.Support;

/// <summary>A theory that needs a Unix system (named pipes made with mkfifo): skipped with a message elsewhere.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    /// <summary>Marks the theory skipped on Windows.</summary>
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs a Unix named pipe (mkfifo).";
        }
    }
}
