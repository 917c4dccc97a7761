using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace NetworkGraph.Cli.Tests.Support;

/// <summary>
/// Seeded mutator for input files: puts <see cref="HostileValues"/> into random fields of random rows (never the
/// header), gives some rows the id of another row with different content, and writes lone surrogates as the
/// invalid UTF-8 bytes a broken export holds. The same seed gives the same bytes.
/// </summary>
internal sealed class HostileMutator(int seed)
{
    private readonly Random _random = new(seed);
    private int _hugeLeft = 2; // a few megabytes each: two per seed keep the test within seconds

    /// <summary>How many fields got a hostile value so far.</summary>
    public int Mutations { get; private set; }

    /// <summary>Mutates the data rows of a CSV file; returns the file's bytes and its number of data rows.</summary>
    /// <param name="csv">The CSV text, header first.</param>
    /// <param name="share">Share of data rows to mutate.</param>
    /// <param name="idColumn">The column holding the row's id, copied from one row into another.</param>
    public (byte[] Bytes, int Rows) MutateCsv(string csv, double share, int idColumn = 0)
    {
        var records = CsvText.Parse(csv);
        var rows = records.Count - 1;
        for (var r = 1; r < records.Count; r++)
        {
            if (_random.NextDouble() >= share)
            {
                continue;
            }

            var row = records[r];
            if (_random.Next(8) == 0 && rows > 1)
            {
                row[idColumn] = records[1 + _random.Next(rows)][idColumn]; // one id, two contents
            }

            var fields = 1 + _random.Next(3);
            for (var f = 0; f < fields; f++)
            {
                row[_random.Next(row.Count)] = NextValue();
            }
        }

        return (Wtf8(CsvText.Write(records)), rows);
    }

    /// <summary>Mutates JSON lines (one object each): random string and number leaves get hostile values.</summary>
    public (byte[] Bytes, int Rows) MutateJsonLines(IReadOnlyList<string> lines, double share)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(_random.NextDouble() < share ? MutateJson(line) : line).Append('\n');
        }

        return (Encoding.UTF8.GetBytes(sb.ToString()), lines.Count);
    }

    /// <summary>A hostile value: mostly from the small catalogue, now and then (twice at most) a huge one.</summary>
    public string NextValue()
    {
        Mutations++;
        if (_hugeLeft > 0 && _random.Next(40) == 0)
        {
            _hugeLeft--;
            return HostileValues.Huge(_random);
        }

        return HostileValues.Small[_random.Next(HostileValues.Small.Count)];
    }

    // Encodes UTF-16 as UTF-8, but a lone surrogate as its three bytes (as broken exporters write it), not as U+FFFD.
    private static byte[] Wtf8(string text)
    {
        using var bytes = new MemoryStream(text.Length + 16);
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                bytes.Write(Encoding.UTF8.GetBytes(text, run, i - run));
                bytes.Write([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
                run = i + 1;
            }
        }

        bytes.Write(Encoding.UTF8.GetBytes(text, run, text.Length - run));
        return bytes.ToArray();
    }

    // JSON escapes everything outside printable ASCII, so lone surrogates arrive as \udXXX escapes.
    private static string JsonLiteral(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\' || c < 0x20 || c > 0x7E)
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    private string MutateJson(string line)
    {
        var root = JsonNode.Parse(line)!;
        var leaves = new List<JsonValue>();
        Collect(root, leaves);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = Math.Min(leaves.Count, 1 + _random.Next(3));
        for (var k = 0; k < count; k++)
        {
            var at = _random.Next(leaves.Count);
            var leaf = leaves[at];
            leaves.RemoveAt(at);
            var marker = $"@@hostile{replacements.Count}@@";
            var value = NextValue();
            replacements[JsonLiteral(marker)] = _random.Next(5) switch
            {
                0 when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => value, // a bare (negative) number
                1 => "{\"oops\": " + JsonLiteral(value) + "}", // an object where a value was
                _ => JsonLiteral(value),
            };
            leaf.ReplaceWith(marker);
        }

        var text = root.ToJsonString();
        foreach (var (marker, literal) in replacements)
        {
            text = text.Replace(marker, literal, StringComparison.Ordinal);
        }

        return text;
    }

    private static void Collect(JsonNode? node, List<JsonValue> leaves)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Collect(child, leaves);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, leaves);
                }

                break;
            case JsonValue v:
                leaves.Add(v);
                break;
        }
    }
}
