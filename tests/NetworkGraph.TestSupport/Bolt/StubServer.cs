using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;

namespace NetworkGraph.TestSupport.Bolt;

/// A scripted Bolt server on 127.0.0.1: plays the S: lines of a scenario and checks the client's messages
/// against its C: lines. Each accepted connection consumes the next conversation of its server.
public sealed class StubServer : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);
    private readonly Dictionary<string, TcpListener> _listeners = [];
    private readonly Dictionary<string, Queue<Conversation>> _queues = [];
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _transcript = new();
    private readonly List<Task> _connections = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining;

    private StubServer(string name) => Name = name;

    public string Name { get; }

    public Script Script { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Addresses { get; private set; } = new Dictionary<string, string>();

    public int Port { get; private set; }

    public string Address => Addresses["main"];

    public string Uri(string scheme = "bolt") => $"{scheme}://{Address}";

    public static Task<StubServer> StartAsync(string scenario) => StartFromFileAsync(Scenarios.PathOf(scenario));

    /// Starts a stub for a script anywhere on disk (the scenario name is the file name).
    public static async Task<StubServer> StartFromFileAsync(string path)
    {
        var text = await File.ReadAllTextAsync(path);
        var stub = new StubServer(Path.GetFileNameWithoutExtension(path));
        stub.Start(text);
        return stub;
    }

    private void Start(string text)
    {
        var declared = Script.Parse(Name, text);
        var addresses = new Dictionary<string, string>();
        foreach (var server in declared.Servers)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            _listeners[server] = listener;
            addresses[server] = $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        }

        Addresses = addresses;
        Script = Script.Parse(Name, text, addresses);
        Port = ((IPEndPoint)_listeners["main"].LocalEndpoint).Port;
        if (Script.Refuse)
        {
            foreach (var listener in _listeners.Values)
            {
                listener.Stop(); // the port is free again: connecting is refused
            }

            _allDone.TrySetResult();
            return;
        }

        if (Script.Tls)
        {
            _ = TestCertificate.Instance; // make the key now, not inside the client's connection timeout
        }

        foreach (var server in Script.Servers)
        {
            _queues[server] = new Queue<Conversation>(Script.Conversations.Where(c => c.Server == server));
        }

        _remaining = Script.Conversations.Count;
        if (_remaining == 0)
        {
            _allDone.TrySetResult();
        }

        foreach (var (server, listener) in _listeners)
        {
            _ = AcceptLoopAsync(server, listener);
        }
    }

    private async Task AcceptLoopAsync(string server, TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Conversation? conversation;
            lock (_queues)
            {
                _queues[server].TryDequeue(out conversation);
            }

            if (conversation is null)
            {
                _errors.Enqueue($"unexpected extra connection to server '{server}'");
                socket.Dispose();
                continue;
            }

            lock (_connections)
            {
                _connections.Add(Task.Run(() => RunConversationAsync(socket, conversation)));
            }
        }
    }

    private async Task RunConversationAsync(Socket socket, Conversation conversation)
    {
        var at = $"{conversation.Server} conversation at line {conversation.Line}";
        try
        {
            await using var network = new NetworkStream(socket, ownsSocket: true);
            Stream stream = network;
            if (Script.Tls)
            {
                var ssl = new SslStream(network, leaveInnerStreamOpen: true);
                await ssl.AuthenticateAsServerAsync(TestCertificate.Instance);
                stream = ssl;
            }

            await using (stream)
            {
                if (await HandshakeAsync(stream, at))
                {
                    await new StubConversation(stream, conversation, Script.ChunkSize, ReadTimeout, _transcript).RunAsync();
                }
            }
        }
        catch (StubMismatchException ex)
        {
            _errors.Enqueue($"{at}: {ex.Message}");
        }
        catch (Exception ex) when (conversation.Steps.Count == 0 && ex is IOException or System.Security.Authentication.AuthenticationException)
        {
            // An empty conversation means the client is expected to give up (bad TLS, wrong port...).
            _transcript.Enqueue($"   (client gave up: {ex.GetType().Name})");
        }
        catch (Exception ex)
        {
            _errors.Enqueue($"{at}: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                _allDone.TrySetResult();
            }
        }
    }

    private async Task<bool> HandshakeAsync(Stream stream, string at)
    {
        var request = new byte[20];
        await stream.ReadExactlyAsync(request);
        if (BinaryPrimitives.ReadUInt32BigEndian(request) != 0x6060B017)
        {
            throw new StubMismatchException($"bad magic {Convert.ToHexString(request, 0, 4)}");
        }

        _transcript.Enqueue($"C: <HANDSHAKE> {Convert.ToHexString(request, 4, 16)}");
        if (Script.HandshakeReply is { } raw)
        {
            await stream.WriteAsync(raw);
            _transcript.Enqueue($"S: <HANDSHAKE> {Convert.ToHexString(raw)}");
            return raw.Length == 4 && BinaryPrimitives.ReadUInt32BigEndian(raw) != 0 && raw[0] == 0 && raw[3] <= 5;
        }

        var parts = Script.BoltVersion.Split('.');
        var (major, minor) = (byte.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
            byte.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < 4; i++)
        {
            var p = request.AsSpan(4 + 4 * i, 4);
            if (p[3] == major && minor <= p[2] && minor >= p[2] - p[1])
            {
                await stream.WriteAsync(new byte[] { 0, 0, minor, major });
                _transcript.Enqueue($"S: <HANDSHAKE> 0000{minor:X2}{major:X2}");
                return true;
            }
        }

        await stream.WriteAsync(new byte[4]);
        throw new StubMismatchException($"{at}: the client did not offer Bolt {Script.BoltVersion}");
    }

    /// Waits for every conversation to finish and fails with the script lines that did not play out.
    public async Task AssertCompletedAsync(TimeSpan? timeout = null)
    {
        var finished = await Task.WhenAny(_allDone.Task, Task.Delay(timeout ?? TimeSpan.FromSeconds(15))) == _allDone.Task;
        var problems = _errors.ToList();
        if (!finished)
        {
            problems.Add($"{_remaining} conversation(s) did not finish");
        }

        lock (_queues)
        {
            foreach (var (server, queue) in _queues)
            {
                problems.AddRange(queue.Select(c => $"conversation at line {c.Line} ({server}) never got a connection"));
            }
        }

        if (problems.Count > 0)
        {
            Assert.Fail($"Scenario {Name} failed:\n  {string.Join("\n  ", problems)}\nTranscript:\n  {Transcript}");
        }
    }

    /// Runs the client side, then checks the conversation; a client error is reported with what the stub saw.
    public async Task VerifyAsync(Func<Task> client)
    {
        try
        {
            await client();
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            await Task.WhenAny(_allDone.Task, Task.Delay(500));
            Assert.Fail($"Client failed in scenario {Name}: {ex}\nStub problems:\n  {string.Join("\n  ", _errors)}" +
                $"\nTranscript:\n  {Transcript}");
        }

        await AssertCompletedAsync();
    }

    public string Transcript => string.Join("\n  ", _transcript);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var listener in _listeners.Values)
        {
            listener.Stop();
        }

        Task[] running;
        lock (_connections)
        {
            running = [.. _connections];
        }

        await Task.WhenAny(Task.WhenAll(running), Task.Delay(TimeSpan.FromSeconds(2)));
        _stop.Dispose();
    }
}

public sealed class StubMismatchException(string message) : Exception(message);
