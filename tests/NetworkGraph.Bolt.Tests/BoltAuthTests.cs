namespace NetworkGraph.Bolt.Tests;

public sealed class BoltAuthTests
{
    [Fact]
    public void Never_shows_credentials_in_text()
    {
        var basic = BoltAuth.Basic("neo4j", "s3cr3t-pw");
        var bearer = BoltAuth.Bearer("tok-123456");
        var options = new BoltOptions { Uri = "neo4j://db", Auth = basic };
        Assert.Equal("basic auth as 'neo4j'", basic.ToString());
        Assert.Equal("bearer auth", bearer.ToString());
        Assert.DoesNotContain("s3cr3t-pw", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123456", bearer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Builds_the_auth_maps_bolt_expects()
    {
        Assert.Equal(new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = "u", ["credentials"] = "p" },
            BoltAuth.Basic("u", "p").ToMap());
        Assert.Equal(new Dictionary<string, object?> { ["scheme"] = "bearer", ["credentials"] = "t" }, BoltAuth.Bearer("t").ToMap());
        Assert.Equal(new Dictionary<string, object?> { ["scheme"] = "none" }, BoltAuth.None.ToMap());
    }

    [Theory]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", true)]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", false)]
    public void Classifies_server_errors_for_retry(string code, bool retryable) =>
        Assert.Equal(retryable, new BoltServerException(code, "m").IsRetryable);
}
