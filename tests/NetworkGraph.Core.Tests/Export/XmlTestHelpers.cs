using System.Text;
using System.Xml;
using System.Xml.Linq;
using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Tests.Export;

/// <summary>Runs writers into memory and parses their XML strictly (character checking on).</summary>
internal static class XmlTestHelpers
{
    public static readonly XNamespace Gexf = GexfWriter.Namespace;
    public static readonly XNamespace Viz = GexfWriter.VizNamespace;

    public static async Task<byte[]> GexfBytesAsync(ExportGraph graph, GexfOptions? options = null)
    {
        using var ms = new MemoryStream();
        await GexfWriter.WriteAsync(graph, ms, options);
        return ms.ToArray();
    }

    public static async Task<XDocument> GexfAsync(ExportGraph graph, GexfOptions? options = null) =>
        Parse(await GexfBytesAsync(graph, options));

    public static XDocument Parse(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    public static string Utf8Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    public static string Attr(XElement e, string name) => (string?)e.Attribute(name) ?? throw new InvalidOperationException($"no {name} on {e.Name}");
}
