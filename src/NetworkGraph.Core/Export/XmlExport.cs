using System.Text;
using System.Xml;

namespace NetworkGraph.Core.Export;

/// <summary>Settings and helpers shared by the XML writers.</summary>
internal static class XmlExport
{
    /// <summary>
    /// Streaming UTF-8 (no BOM), LF, two-space indent, carriage returns entitized. Character checking is off because every string passes
    /// <see cref="TextSanitizer"/> first: bad input is cleaned, never thrown on. Escaping stays on (attribute
    /// newlines become character references, so they survive parsing).
    /// </summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = false,
        CloseOutput = false,
    };

    /// <summary>A string list as <c>["a", "b"]</c> with backslash escapes, the form Gephi and graphology parse.</summary>
    public static string BracketList(IReadOnlyList<string> items)
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append('"').Append(items[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }

        return sb.Append(']').ToString();
    }

    /// <summary>A value's text for XML formats.</summary>
    public static string Text(PreparedValue value) => value.Text ?? BracketList(value.Items!);
}
