namespace NetworkGraph.Scenarios.Tests.Support;

/// <summary>A strict parser of Python's repr of a list of strings: [], ['a'], ['a', "b'c"] (with backslash escapes).</summary>
internal static class PythonListParser
{
    public static List<string> Parse(string text)
    {
        var items = new List<string>();
        if (text.Length < 2 || text[0] != '[' || text[^1] != ']')
        {
            throw new FormatException($"not a list: {text}");
        }

        var i = 1;
        if (text.Length == 2)
        {
            return items;
        }

        while (true)
        {
            var quote = text[i];
            if (quote is not ('\'' or '"'))
            {
                throw new FormatException($"item {items.Count} does not start with a quote at {i}: {text}");
            }

            var sb = new System.Text.StringBuilder();
            i++;
            while (true)
            {
                if (i >= text.Length - 1)
                {
                    throw new FormatException($"unterminated item {items.Count}: {text}");
                }

                var c = text[i];
                if (c == '\\')
                {
                    sb.Append(text[i + 1]);
                    i += 2;
                }
                else if (c == quote)
                {
                    i++;
                    break;
                }
                else
                {
                    sb.Append(c);
                    i++;
                }
            }

            items.Add(sb.ToString());
            if (i == text.Length - 1)
            {
                return items;
            }

            if (text[i] != ',' || text[i + 1] != ' ')
            {
                throw new FormatException($"items must be separated by ', ' at {i}: {text}");
            }

            i += 2;
        }
    }
}
