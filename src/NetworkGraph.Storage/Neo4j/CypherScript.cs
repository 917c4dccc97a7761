using System.Text;

namespace NetworkGraph.Storage.Neo4j;

/// <summary>Splits a Cypher file into statements and drops its comments, respecting strings and backticks.</summary>
internal static class CypherScript
{
    public static IReadOnlyList<string> Split(string text)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\'' or '"' or '`')
            {
                var end = EndOfQuoted(text, i);
                current.Append(text, i, end - i);
                i = end;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var newline = text.IndexOf('\n', i);
                i = newline < 0 ? text.Length : newline;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 2;
            }
            else if (c == ';')
            {
                Flush();
                i++;
            }
            else
            {
                current.Append(c);
                i++;
            }
        }

        Flush();
        return statements;

        void Flush()
        {
            var lines = current.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
            var statement = string.Join('\n', lines).Trim();
            if (statement.Length > 0)
            {
                statements.Add(statement);
            }

            current.Clear();
        }
    }

    // Returns the index just past the closing quote; a doubled backtick or a backslash escape does not close.
    private static int EndOfQuoted(string text, int start)
    {
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '\\' && quote != '`')
            {
                i += 2;
                continue;
            }

            if (text[i] == quote)
            {
                if (quote == '`' && i + 1 < text.Length && text[i + 1] == '`')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        throw new FormatException($"Unterminated {quote} quote starting at offset {start}.");
    }
}
