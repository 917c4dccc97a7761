using System.Globalization;

namespace NetworkGraph.TestSupport.Bolt;

/// One line of a conversation: a client message to expect, or something the server does.
public abstract record Step(int Line);

public sealed record ExpectClient(int Line, byte Tag, IReadOnlyList<object?> Fields, bool Optional, string Text) : Step(Line);

public sealed record SendMessage(int Line, byte Tag, IReadOnlyList<object?> Fields) : Step(Line);

public sealed record SendNoop(int Line) : Step(Line);

public sealed record SendRaw(int Line, byte[] Bytes) : Step(Line);

public sealed record CloseConnection(int Line) : Step(Line);

/// The steps played on one accepted connection of one server.
public sealed record Conversation(string Server, int Line, IReadOnlyList<Step> Steps);

/// A parsed scenario file: directives plus one conversation per expected connection.
public sealed record Script(
    string Name,
    string BoltVersion,
    byte[]? HandshakeReply,
    int ChunkSize,
    bool Tls,
    bool Refuse,
    IReadOnlyList<string> Servers,
    IReadOnlyList<Conversation> Conversations)
{
    public static readonly IReadOnlyDictionary<string, byte> Tags = new Dictionary<string, byte>
    {
        ["HELLO"] = 0x01, ["GOODBYE"] = 0x02, ["RESET"] = 0x0F, ["RUN"] = 0x10, ["BEGIN"] = 0x11, ["COMMIT"] = 0x12,
        ["ROLLBACK"] = 0x13, ["DISCARD"] = 0x2F, ["PULL"] = 0x3F, ["TELEMETRY"] = 0x54, ["ROUTE"] = 0x66,
        ["LOGON"] = 0x6A, ["LOGOFF"] = 0x6B, ["SUCCESS"] = 0x70, ["RECORD"] = 0x71, ["IGNORED"] = 0x7E, ["FAILURE"] = 0x7F,
    };

    public static string TagName(byte tag) => Tags.FirstOrDefault(kv => kv.Value == tag).Key ?? $"0x{tag:X2}";

    /// Parses a scenario; `$server` placeholders are replaced by the addresses given.
    public static Script Parse(string name, string text, IReadOnlyDictionary<string, string>? addresses = null)
    {
        string version = "", current = "main";
        byte[]? handshake = null;
        int chunk = 65535;
        bool tls = false, refuse = false;
        var servers = new List<string> { "main" };
        var conversations = new List<Conversation>();
        List<Step>? steps = null;
        var start = 0;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal))
            {
                continue;
            }

            if (addresses is not null)
            {
                foreach (var (server, address) in addresses)
                {
                    line = line.Replace("$" + server, address, StringComparison.Ordinal);
                }
            }

            try
            {
                if (line.StartsWith("!:", StringComparison.Ordinal))
                {
                    var words = line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    switch (words[0])
                    {
                        case "BOLT": version = words[1]; break;
                        case "HANDSHAKE": handshake = Convert.FromHexString(string.Concat(words[1..])); break;
                        case "CHUNK": chunk = int.Parse(words[1], CultureInfo.InvariantCulture); break;
                        case "TLS": tls = true; break;
                        case "REFUSE": refuse = true; break;
                        case "SERVERS": servers.AddRange(words[1..]); break;
                        default: throw new FormatException($"unknown directive {words[0]}");
                    }

                    continue;
                }

                if (line.StartsWith("---", StringComparison.Ordinal))
                {
                    Flush();
                    current = line[3..].Trim() is { Length: > 0 } s ? s : "main";
                    if (!servers.Contains(current))
                    {
                        throw new FormatException($"server '{current}' is not declared in !: SERVERS");
                    }

                    start = number;
                    steps = [];
                    continue;
                }

                steps ??= [];
                if (steps.Count == 0 && start == 0)
                {
                    start = number;
                }

                steps.Add(ParseStep(line, number));
            }
            catch (FormatException ex)
            {
                throw new FormatException($"{name}.script line {number}: {ex.Message}", ex);
            }
        }

        Flush();
        if (version.Length == 0 && !refuse && handshake is null)
        {
            throw new FormatException($"{name}.script: missing '!: BOLT x.y'");
        }

        return new Script(name, version, handshake, chunk, tls, refuse, servers, conversations);

        void Flush()
        {
            if (steps is not null)
            {
                conversations.Add(new Conversation(current, start, steps));
            }

            steps = null;
        }
    }

    private static Step ParseStep(string line, int number)
    {
        var optional = line.StartsWith("?C:", StringComparison.Ordinal);
        if (optional || line.StartsWith("C:", StringComparison.Ordinal))
        {
            var body = line[(optional ? 3 : 2)..].Trim();
            var (tag, fields) = ParseMessage(body);
            return new ExpectClient(number, tag, fields, optional, body);
        }

        if (!line.StartsWith("S:", StringComparison.Ordinal))
        {
            throw new FormatException("lines start with C:, ?C:, S:, !: or ---");
        }

        var server = line[2..].Trim();
        if (server == "<NOOP>")
        {
            return new SendNoop(number);
        }

        if (server == "<EXIT>")
        {
            return new CloseConnection(number);
        }

        if (server.StartsWith("<RAW>", StringComparison.Ordinal))
        {
            return new SendRaw(number, Convert.FromHexString(server[5..].Replace(" ", "", StringComparison.Ordinal)));
        }

        var (serverTag, serverFields) = ParseMessage(server);
        return new SendMessage(number, serverTag, serverFields.Select(ScriptValue.ToValue).ToList());
    }

    private static (byte Tag, List<object?> Fields) ParseMessage(string body)
    {
        var space = body.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? body : body[..space];
        if (!Tags.TryGetValue(name, out var tag))
        {
            throw new FormatException($"unknown message {name}");
        }

        return (tag, space < 0 ? [] : ScriptValue.ParseAll(body[(space + 1)..]));
    }
}
