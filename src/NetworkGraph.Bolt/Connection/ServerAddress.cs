using System.Globalization;

namespace NetworkGraph.Bolt.Connection;

/// A host and port; parses "host", "host:port" and "[v6]:port".
internal readonly record struct ServerAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    public static ServerAddress Parse(string text)
    {
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"Bad address '{text}': missing ']'.");
            }

            var host = text[1..close];
            var rest = text[(close + 1)..];
            return new ServerAddress(host, rest.StartsWith(':') ? ParsePort(rest[1..], text) : DefaultPort);
        }

        var colon = text.LastIndexOf(':');
        return colon < 0 || text.IndexOf(':', StringComparison.Ordinal) != colon
            ? new ServerAddress(text, DefaultPort)
            : new ServerAddress(text[..colon], ParsePort(text[(colon + 1)..], text));
    }

    private static int ParsePort(string port, string text) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 65535
            ? value
            : throw new FormatException($"Bad port in address '{text}'.");

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal)
        ? $"[{Host}]:{Port.ToString(CultureInfo.InvariantCulture)}"
        : $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}
