using NetworkGraph.Bolt.Tests.Support;

namespace NetworkGraph.Bolt.Tests.Connection;

public sealed class ConnectionScenarioTests
{
    [Theory]
    [InlineData("v50_auth_in_hello", "basic", "5.0", "Neo4j/5.4.0")]
    [InlineData("v51_bearer_auth", "bearer", "5.1", "Neo4j/5.7.0")]
    [InlineData("v54_auth_none", "none", "5.4", "Neo4j/5.13.0")]
    [InlineData("v5_auto_commit", "basic", "5.8", "Neo4j/5.26.0")]
    [InlineData("v44_auto_commit", "basic", "4.4", "Neo4j/4.4.30")]
    public async Task Negotiates_the_version_and_logs_on_with_each_auth_scheme(string scenario, string scheme, string version, string agent)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        var auth = scheme switch
        {
            "bearer" => BoltAuth.Bearer("token-abc"),
            "none" => BoltAuth.None,
            _ => BoltAuth.Basic("neo4j", "secret"),
        };
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub, auth: auth));
            var info = await driver.GetServerInfoAsync();
            Assert.Equal(version, info.ProtocolVersion);
            Assert.Equal(agent, info.Agent);
            Assert.Equal(stub.Address, info.Address);
            await using var session = driver.OpenSession();
            var summary = await session.RunAndConsumeAsync(scenario.Contains("auto_commit", StringComparison.Ordinal)
                ? "RETURN $x AS n, 'a' AS s" : "RETURN 1 AS n",
                scenario.Contains("auto_commit", StringComparison.Ordinal) ? new Dictionary<string, object?> { ["x"] = 1 } : null);
            Assert.Equal(version, summary.Server.ProtocolVersion);
        });
    }

    [Theory]
    [InlineData("v5_wrong_password")]
    [InlineData("v44_wrong_password")]
    public async Task Says_the_password_is_wrong_without_showing_it(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            var options = StubTest.Options(stub, auth: BoltAuth.Basic("neo4j", "not-the-password"));
            await using var driver = BoltDriver.Create(options);
            await using var session = driver.OpenSession();
            var error = await Assert.ThrowsAsync<BoltAuthenticationException>(() => session.RunAsync("RETURN 1 AS n").ToListAsync());
            Assert.Contains("wrong user name or password for user 'neo4j'", error.Message, StringComparison.Ordinal);
            Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
            Assert.DoesNotContain("not-the-password", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("not-the-password", options.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("not-the-password", options.Auth.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Says_when_the_port_speaks_http()
    {
        await using var stub = await StubServer.StartAsync("http_port");
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            var error = await Assert.ThrowsAsync<BoltConnectionException>(() => driver.GetServerInfoAsync());
            Assert.Contains($"{stub.Address} speaks HTTP, not Bolt", error.Message, StringComparison.Ordinal);
            Assert.Contains("7687", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Says_when_no_bolt_version_is_shared()
    {
        await using var stub = await StubServer.StartAsync("no_common_version");
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            var error = await Assert.ThrowsAsync<BoltConnectionException>(() => driver.GetServerInfoAsync());
            Assert.Contains("supports none of the Bolt versions", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Names_host_and_port_when_the_connection_is_refused()
    {
        await using var stub = await StubServer.StartAsync("refused_connection");
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var error = await Assert.ThrowsAsync<BoltConnectionException>(() => session.RunAsync("RETURN 1").ToListAsync());
            Assert.Contains($"Connection refused by {stub.Address}", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Accepts_a_self_signed_certificate_with_ssc()
    {
        await using var stub = await StubServer.StartAsync("tls_self_signed");
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub, scheme: "bolt+ssc"));
            await using var session = driver.OpenSession();
            var records = await session.RunAsync("RETURN 1 AS n").ToListAsync();
            Assert.Equal(1L, records.Single()["n"]);
        });
    }

    [Fact]
    public async Task Rejects_a_self_signed_certificate_under_system_trust()
    {
        await using var stub = await StubServer.StartAsync("tls_untrusted");
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub, scheme: "bolt+s"));
            var error = await Assert.ThrowsAsync<BoltConnectionException>(() => driver.GetServerInfoAsync());
            Assert.Contains($"TLS with {stub.Address} failed", error.Message, StringComparison.Ordinal);
            Assert.Contains("bolt+ssc://", error.Message, StringComparison.Ordinal);
        });
    }
}
