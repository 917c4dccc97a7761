using System.Net;
using System.Net.Sockets;

namespace NetworkGraph.Bolt.Tests.Connection;

public sealed class TimeoutTests
{
    [Fact]
    public async Task Gives_up_connecting_when_the_server_never_answers_the_handshake()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts but never answers
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var clock = new FakeClock();
        await using var driver = BoltDriver.Create(new BoltOptions
        {
            Uri = $"bolt://127.0.0.1:{port}", ConnectionTimeout = TimeSpan.FromSeconds(2), TimeProvider = clock,
        });

        var connecting = driver.GetServerInfoAsync();
        using var client = await silent.AcceptTcpClientAsync().WaitAsync(Patience.Limit);
        await client.GetStream().ReadExactlyAsync(new byte[20]).AsTask().WaitAsync(Patience.Limit); // the handshake: now it waits
        clock.Advance(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<BoltConnectionException>(() => connecting.WaitAsync(Patience.Limit));
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

    /// <summary>The hint applies once HELLO and LOGON are answered: the first read it guards is RUN's, which never comes.</summary>
    [Theory]
    [InlineData("v5_recv_timeout_hint")]
    [InlineData("v44_recv_timeout_hint")]
    public async Task Honours_the_servers_receive_timeout_hint(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        var clock = new FakeClock();
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub, time: clock));
            await using var session = driver.OpenSession();
            var running = session.RunAsync("RETURN 1 AS n").ToListAsync();
            while (await clock.NextTimerAsync() != TimeSpan.FromSeconds(1))
            {
                // the connect and acquisition timeouts
            }

            clock.Advance(TimeSpan.FromSeconds(1));
            var error = await Assert.ThrowsAsync<BoltConnectionException>(() => running.WaitAsync(Patience.Limit));
            Assert.Contains("sent nothing for 1 s", error.Message, StringComparison.Ordinal);
        });
    }
}
