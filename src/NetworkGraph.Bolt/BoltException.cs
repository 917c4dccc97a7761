namespace NetworkGraph.Bolt;

/// <summary>Base of every error the Bolt client raises.</summary>
public class BoltException : Exception
{
    /// <summary>Creates an error with a message.</summary>
    public BoltException(string message) : base(message) { }

    /// <summary>Creates an error with a message and its cause.</summary>
    public BoltException(string message, Exception? inner) : base(message, inner) { }

    /// <summary>Whether running the same idempotent work again may succeed.</summary>
    public virtual bool IsRetryable => false;
}

/// <summary>A FAILURE the server sent: its status code and message.</summary>
public class BoltServerException : BoltException
{
    /// <summary>Creates an error from a server FAILURE.</summary>
    public BoltServerException(string code, string serverMessage, string? gqlStatus = null)
        : base($"{code}: {serverMessage}")
    {
        Code = code;
        ServerMessage = serverMessage;
        GqlStatus = gqlStatus;
    }

    /// <summary>The Neo4j status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; }

    /// <summary>The server's own message.</summary>
    public string ServerMessage { get; }

    /// <summary>The GQL status (Bolt 5.7+), when the server sent one.</summary>
    public string? GqlStatus { get; }

    /// <summary>Whether the routing table's writer was stale (the work should go to the new leader).</summary>
    public bool IsStaleWriter => Code is "Neo.ClientError.Cluster.NotALeader"
        or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase";

    /// <inheritdoc />
    public override bool IsRetryable => IsStaleWriter || (Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        && Code is not "Neo.TransientError.Transaction.Terminated" and not "Neo.TransientError.Transaction.LockClientStopped");
}

/// <summary>The server rejected the credentials (wrong user name or password, bad token).</summary>
public sealed class BoltAuthenticationException : BoltServerException
{
    /// <summary>Creates an authentication error; the message never contains the credentials.</summary>
    public BoltAuthenticationException(string code, string serverMessage, string? principal)
        : base(code, serverMessage)
    {
        Principal = principal;
    }

    /// <summary>The user the client tried to log in as, if any.</summary>
    public string? Principal { get; }

    /// <inheritdoc />
    public override string Message => Code == "Neo.ClientError.Security.Unauthorized"
        ? $"Authentication failed: wrong user name or password{ForUser} ({Code}: {ServerMessage})"
        : $"Authentication failed{ForUser} ({Code}: {ServerMessage})";

    private string ForUser => Principal is null ? "" : $" for user '{Principal}'";
}

/// <summary>The server could not be reached or the connection broke (refused, closed, wrong port, TLS).</summary>
public sealed class BoltConnectionException : BoltException
{
    /// <summary>Creates a connection error.</summary>
    public BoltConnectionException(string message, Exception? inner = null, bool retryable = true) : base(message, inner)
    {
        Retryable = retryable;
    }

    private bool Retryable { get; }

    /// <inheritdoc />
    public override bool IsRetryable => Retryable;
}

/// <summary>The peer broke the Bolt protocol (bad bytes, unexpected message) or a value cannot be encoded.</summary>
public sealed class BoltProtocolException : BoltException
{
    /// <summary>Creates a protocol error.</summary>
    public BoltProtocolException(string message, Exception? inner = null) : base(message, inner) { }
}
