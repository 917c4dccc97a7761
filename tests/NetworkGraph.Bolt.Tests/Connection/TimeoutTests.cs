using System.Net;
using System.Net.Sockets;
using NetworkGraph.Bolt.Tests.Support;

namespace NetworkGraph.Bolt.Tests.Connection;

public sealed class TimeoutTests
{
    [Fact]
    public async Task Gives_up_connecting_when_the_server_never_answers_the_handshake()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts (via the backlog) but never answers
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var driver = BoltDriver.Create(new BoltOptions
        {
            Uri = $"bolt://127.0.0.1:{port}", ConnectionTimeout = TimeSpan.FromSeconds(2), // long enough for the TCP connect on a busy machine
        });
        var error = await Assert.ThrowsAsync<BoltConnectionException>(() => driver.GetServerInfoAsync());
        Assert.Contains($"Connecting to 127.0.0.1:{port} took longer than 2 s (no answer to the Bolt handshake", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_token_stops_work_before_it_starts()
    {
        await using var driver = BoltDriver.Create(new BoltOptions { Uri = "bolt://127.0.0.1:1" });
        await using var session = driver.OpenSession();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RunAsync("RETURN 1", null, cts.Token).ToListAsync());
    }

    [Theory]
    [InlineData("v5_recv_timeout_hint")]
    [InlineData("v44_recv_timeout_hint")]
    public async Task Honours_the_servers_receive_timeout_hint(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var error = await Assert.ThrowsAsync<BoltConnectionException>(() => session.RunAsync("RETURN 1 AS n").ToListAsync());
            Assert.Contains("sent nothing for 1 s", error.Message, StringComparison.Ordinal);
        });
    }
}
