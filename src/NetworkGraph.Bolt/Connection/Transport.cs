using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace NetworkGraph.Bolt.Connection;

/// Opens the byte stream: TCP, then TLS when the URI asks for it.
internal static class Transport
{
    public static async Task<Stream> ConnectAsync(ServerAddress address, TlsMode tls, CancellationToken ct)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(address.Host, address.Port, ct);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new BoltConnectionException(Describe(ex, address), ex);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var stream = new NetworkStream(socket, ownsSocket: true);
        if (tls == TlsMode.None)
        {
            return stream;
        }

        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = address.Host,
                // +ssc: the user opted in to a self-signed certificate; system trust otherwise.
                RemoteCertificateValidationCallback = tls == TlsMode.SelfSigned ? (_, _, _, _) => true : null,
            }, ct);
            return ssl;
        }
        catch (AuthenticationException ex)
        {
            await ssl.DisposeAsync();
            throw new BoltConnectionException(
                $"TLS with {address} failed: {ex.Message} If the server uses a self-signed certificate, use bolt+ssc:// " +
                "or neo4j+ssc://.", ex, retryable: false);
        }
        catch (IOException ex)
        {
            await ssl.DisposeAsync();
            throw new BoltConnectionException(
                $"TLS with {address} failed: the server closed the connection during the TLS handshake (is TLS enabled " +
                "on its Bolt connector? if not, use bolt:// or neo4j://).", ex, retryable: false);
        }
        catch
        {
            await ssl.DisposeAsync();
            throw;
        }
    }

    private static string Describe(SocketException ex, ServerAddress address) => ex.SocketErrorCode switch
    {
        SocketError.ConnectionRefused =>
            $"Connection refused by {address}: nothing listens there (is Neo4j running, and is {address.Port} its Bolt port?).",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain =>
            $"Cannot resolve host '{address.Host}' (connecting to {address}).",
        SocketError.TimedOut => $"Connecting to {address} timed out.",
        _ => $"Cannot connect to {address}: {ex.Message}",
    };
}
