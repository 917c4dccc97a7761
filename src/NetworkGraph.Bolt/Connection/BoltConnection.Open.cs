using System.Reflection;
using System.Runtime.InteropServices;
using NetworkGraph.Bolt.Logging;
using NetworkGraph.Bolt.Messages;

namespace NetworkGraph.Bolt.Connection;

internal sealed partial class BoltConnection
{
    private static readonly string ProductVersion =
        typeof(BoltConnection).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            .Split('+')[0] ?? "0.0.0";

    /// Connects, shakes hands, says HELLO and logs on, all within the connect timeout.
    public static async Task<BoltConnection> OpenAsync(ServerAddress address, ConnectionSettings settings, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(settings.ConnectTimeout, settings.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        BoltConnection? connection = null;
        Stream? stream = null;
        var stage = "no TCP connection";
        try
        {
            stream = await Transport.ConnectAsync(address, settings.Tls, linked.Token);
            stage = "no answer to the Bolt handshake: is this Neo4j's Bolt port?";
            var version = await Handshake.NegotiateAsync(stream, address, linked.Token);
            connection = new BoltConnection(stream, address, version, settings.Time, settings.Logger);
            stream = null;
            stage = "no answer to HELLO/LOGON";
            await connection.HelloAsync(settings, linked.Token);
            Log.Connected(settings.Logger, address, version.ToString(), connection.ServerAgent);
            return connection;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            await DisposeQuietlyAsync(connection, stream);
            throw new BoltConnectionException(
                $"Connecting to {address} took longer than {settings.ConnectTimeout.TotalSeconds:0.#} s ({stage}).", ex);
        }
        catch (IOException ex)
        {
            await DisposeQuietlyAsync(connection, stream);
            throw new BoltConnectionException($"The connection to {address} broke while opening: {ex.Message}", ex);
        }
        catch
        {
            await DisposeQuietlyAsync(connection, stream);
            throw;
        }
    }

    private static async Task DisposeQuietlyAsync(BoltConnection? connection, Stream? stream)
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        if (stream is not null)
        {
            await stream.DisposeAsync();
        }
    }

    private async Task HelloAsync(ConnectionSettings settings, CancellationToken ct)
    {
        var auth = settings.Auth.ToMap();
        var extra = new Dictionary<string, object?> { ["user_agent"] = settings.UserAgent };
        if (Version >= BoltVersion.V5_3)
        {
            extra["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = $"NetworkGraph.Bolt/{ProductVersion}",
                ["platform"] = $"{RuntimeInformation.OSDescription}; {RuntimeInformation.OSArchitecture}",
                ["language"] = $"C#/{Environment.Version}",
                ["language_details"] = RuntimeInformation.FrameworkDescription,
            };
        }

        if (settings.RoutingContext is not null)
        {
            extra["routing"] = settings.RoutingContext;
        }

        if (Version < BoltVersion.V5_1)
        {
            foreach (var (key, value) in auth)
            {
                extra[key] = value; // 4.4 and 5.0 carry the credentials in HELLO
            }
        }

        if (Version == BoltVersion.V4_4)
        {
            extra["patch_bolt"] = new[] { "utc" };
        }

        Enqueue(Requests.Hello(extra));
        if (Version >= BoltVersion.V5_1)
        {
            Enqueue(Requests.Logon(auth));
        }

        await FlushAsync(ct);
        var hello = await ExpectAuthSuccessAsync(settings.Auth, ct);
        if (Version >= BoltVersion.V5_1)
        {
            await ExpectAuthSuccessAsync(settings.Auth, ct);
        }

        ApplyHelloMetadata(hello);
    }

    private void ApplyHelloMetadata(SuccessResponse hello)
    {
        ServerAgent = hello.Get<string>("server") ?? "Neo4j/unknown";
        ConnectionId = hello.Get<string>("connection_id");
        if (hello.Get<IReadOnlyDictionary<string, object?>>("hints") is { } hints
            && hints.GetValueOrDefault("connection.recv_timeout_seconds") is long seconds and > 0)
        {
            ReceiveTimeout = TimeSpan.FromSeconds(seconds);
        }

        if (Version == BoltVersion.V4_4 && hello.Get<IReadOnlyList<object?>>("patch_bolt") is { } patches
            && patches.Contains("utc"))
        {
            _writer.LegacyDateTimes = false;
        }
    }

    private async Task<SuccessResponse> ExpectAuthSuccessAsync(BoltAuth auth, CancellationToken ct)
    {
        var response = await ReceiveAsync(ct);
        switch (response)
        {
            case SuccessResponse success:
                return success;
            case FailureResponse failure:
                IsBroken = true; // the server closes the connection after a failed HELLO/LOGON
                Log.ServerFailure(_logger, Address, failure.Code, failure.Message);
                if (failure.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
                {
                    throw new BoltAuthenticationException(failure.Code, failure.Message, auth.Principal);
                }

                throw failure.ToException();
            default:
                IsBroken = true;
                throw new BoltProtocolException($"{Address} answered HELLO/LOGON with {response.GetType().Name}.");
        }
    }

    /// Says GOODBYE (best effort: the server needs no reply) and closes.
    public async ValueTask CloseAsync()
    {
        if (!IsBroken && !_disposed)
        {
            try
            {
                Enqueue(Requests.Goodbye);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), _time);
                await FlushAsync(timeout.Token);
            }
            catch (Exception ex) when (ex is BoltException or OperationCanceledException)
            {
                // The peer is gone already; closing is all that is left.
            }
        }

        await DisposeAsync();
    }
}
