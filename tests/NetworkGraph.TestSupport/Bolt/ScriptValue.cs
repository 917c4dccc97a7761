using System.Globalization;
using System.Text;

namespace NetworkGraph.TestSupport.Bolt;

/// `*` in a script: matches any value.
public sealed class Wildcard
{
    public static readonly Wildcard Instance = new();

    public override string ToString() => "*";
}

/// A map in a C: line: keys written "?key" are optional, every other key must be present, no extra keys allowed.
public sealed record MapPattern(IReadOnlyDictionary<string, object?> Required, IReadOnlyDictionary<string, object?> Optional);

/// Parses the value syntax of scenario files (see Scenarios/README.md) and matches client values against it.
public sealed class ScriptValue
{
    private readonly string _text;
    private int _pos;

    private ScriptValue(string text) => _text = text;

    /// Parses space-separated values until the end of the text.
    public static List<object?> ParseAll(string text)
    {
        var parser = new ScriptValue(text);
        var values = new List<object?>();
        while (true)
        {
            parser.SkipSpace();
            if (parser._pos >= text.Length)
            {
                return values;
            }

            values.Add(parser.ParseValue());
        }
    }

    private object? ParseValue()
    {
        SkipSpace();
        var c = Peek();
        switch (c)
        {
            case '*':
                _pos++;
                return Wildcard.Instance;
            case '"':
                return ParseString();
            case '[':
                return ParseList();
            case '{':
                return ParseMap();
            case '#':
                return ParseStructOrBytes();
        }

        if (c == '-' || char.IsDigit(c))
        {
            return ParseNumber();
        }

        var word = ReadWhile(char.IsLetter);
        return word switch
        {
            "null" => null,
            "true" => true,
            "false" => false,
            _ => throw Error($"unexpected '{word}{(word.Length == 0 ? c : "")}'"),
        };
    }

    private object ParseString()
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            var c = Next();
            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var e = Next();
            sb.Append(e switch
            {
                'n' => "\n",
                't' => "\t",
                'u' => ((char)int.Parse(_text.AsSpan(Advance(4), 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                _ => e.ToString(),
            });
        }

        // "ab"*3 repeats a string: handy for messages that must span many chunks.
        if (_pos < _text.Length && _text[_pos] == '*' && _pos + 1 < _text.Length && char.IsDigit(_text[_pos + 1]))
        {
            _pos++;
            var count = int.Parse(ReadWhile(char.IsDigit), CultureInfo.InvariantCulture);
            return string.Concat(Enumerable.Repeat(sb.ToString(), count));
        }

        return sb.ToString();
    }

    private List<object?> ParseList()
    {
        _pos++;
        var items = new List<object?>();
        SkipSpace();
        if (Peek() == ']')
        {
            _pos++;
            return items;
        }

        while (true)
        {
            items.Add(ParseValue());
            SkipSpace();
            var c = Next();
            if (c == ']')
            {
                return items;
            }

            if (c != ',')
            {
                throw Error("expected ',' or ']'");
            }
        }
    }

    private object ParseMap()
    {
        _pos++;
        var required = new Dictionary<string, object?>();
        var optional = new Dictionary<string, object?>();
        SkipSpace();
        if (Peek() == '}')
        {
            _pos++;
            return new MapPattern(required, optional);
        }

        while (true)
        {
            SkipSpace();
            var key = (string)ParseString();
            SkipSpace();
            if (Next() != ':')
            {
                throw Error("expected ':' after a map key");
            }

            var value = ParseValue();
            if (key.StartsWith('?'))
            {
                optional[key[1..]] = value;
            }
            else
            {
                required[key] = value;
            }

            SkipSpace();
            var c = Next();
            if (c == '}')
            {
                return new MapPattern(required, optional);
            }

            if (c != ',')
            {
                throw Error("expected ',' or '}'");
            }
        }
    }

    private object ParseStructOrBytes()
    {
        _pos++;
        var name = ReadWhile(char.IsLetterOrDigit);
        SkipSpace();
        if (Next() != '(')
        {
            throw Error("expected '(' after #" + name);
        }

        if (name == "bytes")
        {
            var hex = ReadWhile(ch => ch != ')').Replace(" ", "", StringComparison.Ordinal);
            _pos++;
            return Convert.FromHexString(hex);
        }

        var tag = byte.Parse(name, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var fields = new List<object?>();
        SkipSpace();
        if (Peek() == ')')
        {
            _pos++;
            return new RawStruct(tag, fields);
        }

        while (true)
        {
            fields.Add(ParseValue());
            SkipSpace();
            var c = Next();
            if (c == ')')
            {
                return new RawStruct(tag, fields);
            }

            if (c != ',')
            {
                throw Error("expected ',' or ')'");
            }
        }
    }

    private object ParseNumber()
    {
        var text = ReadWhile(ch => char.IsDigit(ch) || ch is '-' or '+' or '.' or 'e' or 'E');
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.OrdinalIgnoreCase)
            ? (object)double.Parse(text, CultureInfo.InvariantCulture)
            : long.Parse(text, CultureInfo.InvariantCulture);
    }

    private string ReadWhile(Func<char, bool> predicate)
    {
        var start = _pos;
        while (_pos < _text.Length && predicate(_text[_pos]))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : throw Error("unexpected end");

    private char Next() => _pos < _text.Length ? _text[_pos++] : throw Error("unexpected end");

    private int Advance(int n)
    {
        var start = _pos;
        _pos += n;
        return start;
    }

    private FormatException Error(string what) => new($"{what} at column {_pos + 1} of: {_text}");

    /// Turns a parsed S: value into what the stub sends (maps lose their pattern wrapper).
    public static object? ToValue(object? parsed) => parsed switch
    {
        Wildcard => throw new FormatException("'*' is only allowed in C: lines."),
        MapPattern { Optional.Count: > 0 } => throw new FormatException("'?key' is only allowed in C: lines."),
        MapPattern map => map.Required.ToDictionary(kv => kv.Key, kv => ToValue(kv.Value)),
        List<object?> list => list.Select(ToValue).ToList(),
        RawStruct st => new RawStruct(st.Tag, st.Fields.Select(ToValue).ToList()),
        _ => parsed,
    };

    /// Whether a decoded client value matches a parsed pattern; integers and floats never match each other.
    public static bool Matches(object? pattern, object? actual) => pattern switch
    {
        Wildcard => true,
        null => actual is null,
        MapPattern map => actual is IReadOnlyDictionary<string, object?> m
            && map.Required.All(kv => m.TryGetValue(kv.Key, out var v) && Matches(kv.Value, v))
            && m.All(kv => map.Required.ContainsKey(kv.Key)
                || (map.Optional.TryGetValue(kv.Key, out var p) && Matches(p, kv.Value))),
        List<object?> list => actual is IReadOnlyList<object?> a && a.Count == list.Count
            && list.Zip(a).All(pair => Matches(pair.First, pair.Second)),
        RawStruct st => actual is RawStruct s && s.Tag == st.Tag && s.Fields.Count == st.Fields.Count
            && st.Fields.Zip(s.Fields).All(pair => Matches(pair.First, pair.Second)),
        byte[] bytes => actual is byte[] b && bytes.AsSpan().SequenceEqual(b),
        double d => actual is double x && BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits(x),
        _ => Equals(pattern, actual),
    };

    public static string Render(object? pattern) => pattern switch
    {
        Wildcard => "*",
        MapPattern map => "{" + string.Join(", ", map.Required.Select(kv => $"\"{kv.Key}\": {Render(kv.Value)}")
            .Concat(map.Optional.Select(kv => $"\"?{kv.Key}\": {Render(kv.Value)}"))) + "}",
        List<object?> list => "[" + string.Join(", ", list.Select(Render)) + "]",
        RawStruct st => $"#{st.Tag:X2}({string.Join(", ", st.Fields.Select(Render))})",
        _ => StubCodec.Render(pattern),
    };
}
