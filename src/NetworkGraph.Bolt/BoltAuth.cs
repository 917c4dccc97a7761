namespace NetworkGraph.Bolt;

/// <summary>Credentials for HELLO/LOGON; <see cref="ToString"/> never shows the secret.</summary>
public sealed class BoltAuth
{
    private readonly string? _credentials;

    private BoltAuth(string scheme, string? principal, string? credentials, string? realm)
    {
        Scheme = scheme;
        Principal = principal;
        _credentials = credentials;
        Realm = realm;
    }

    /// <summary>No authentication (servers with auth disabled).</summary>
    public static BoltAuth None { get; } = new("none", null, null, null);

    /// <summary>The scheme sent to the server: <c>basic</c>, <c>bearer</c> or <c>none</c>.</summary>
    public string Scheme { get; }

    /// <summary>The user name (basic auth only).</summary>
    public string? Principal { get; }

    /// <summary>The realm (basic auth only, rarely used).</summary>
    public string? Realm { get; }

    /// <summary>User name and password.</summary>
    public static BoltAuth Basic(string user, string password, string? realm = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentNullException.ThrowIfNull(password);
        return new("basic", user, password, realm);
    }

    /// <summary>A bearer token (SSO / OIDC).</summary>
    public static BoltAuth Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new("bearer", null, token, null);
    }

    /// <summary>The auth map as Bolt sends it (contains the secret: never log it).</summary>
    internal Dictionary<string, object?> ToMap()
    {
        var map = new Dictionary<string, object?> { ["scheme"] = Scheme };
        if (Principal is not null)
        {
            map["principal"] = Principal;
        }

        if (_credentials is not null)
        {
            map["credentials"] = _credentials;
        }

        if (Realm is not null)
        {
            map["realm"] = Realm;
        }

        return map;
    }

    /// <inheritdoc />
    public override string ToString() => Principal is null ? $"{Scheme} auth" : $"{Scheme} auth as '{Principal}'";
}
