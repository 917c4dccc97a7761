namespace NetworkGraph.App;

/// <summary>Thrown by a command when its arguments are wrong; the process exits with code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
